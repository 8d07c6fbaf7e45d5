/**
 * Personal information about colleagues and pupils (§6(h): "never disclose personal information about a
 * colleague online"): phone numbers, home addresses, private email addresses, health and family circumstances.
 * Patterns use the phrase language of src/text/phrases.ts.
 */
export const STREET_TYPES = new Set(
  'road rd street st avenue ave lane close drive way crescent grove place court gardens terrace walk view rise mews square row hill park green fold brow croft meadow meadows parade'.split(
    ' ',
  ),
);

/** Health: conditions, treatment and time off sick, reported about someone else. */
export const HEALTH: readonly string[] = [
  'cancer|chemo|chemotherapy|radiotherapy|tumour|tumor|leukaemia|leukemia|multiple+sclerosis|mnd|parkinsons|alzheimers|dementia|stroke|heart+attack|heart+op|heart+operation|heart+surgery|heart+condition|bypass|transplant|dialysis|diabetes|epilepsy|seizure|seizures|covid|long+covid|pneumonia|sepsis|hip+replacement|knee+replacement|broken+leg|broken+arm|surgery|hospital|hospitalised|in+hospital|intensive+care|icu|a+and+e|ward|alder+hey|hospice|terminal|terminally+ill|palliative|biopsy|diagnosed|diagnosis|illness|seriously+ill|really+ill|very+ill|been+ill|fell+ill|is+ill|poorly|unwell|off+sick|sick+leave|signed+off|off+with+stress|off+with+anxiety|breakdown|nervous+breakdown|burnout|depression|depressed|anxiety|panic+attacks|mental+health|therapy|counselling|rehab|alcoholic|drinking+problem|addiction|overdose|miscarriage|miscarried|pregnant|pregnancy|ivf|fertility|menopause|adhd|autism|autistic|dyslexia|dyslexic|ehcp|sen+statement|special+needs',
  'meningitis|hysterectomy|mastectomy|bipolar|schizophrenia|psychosis|eating+disorder|anorexia|bulimia|self+harm|self+harming|self+harmed|gambling|gambling+problem|on+meds|on+medication|cystic+fibrosis|concussion|broken+wrist|broken+wrists|broke+both|give+birth|gave+birth|baby+shower|new+baby|maternity+leave|expecting+twins|pregnant+with',
];

/** Family and private circumstances, reported about someone else. */
export const FAMILY: readonly string[] = [
  'divorce|divorced|divorcing|separated|separating|split+up|splitting+up|walked+out|left+her|left+him|affair|cheating|cheated|custody|single+mum|single+dad|widow|widowed|widower|bereaved|bereavement|lost+his|lost+her|passed+away|died|death+in+the+family|funeral|in+prison|in+jail|locked+up|arrested|bankrupt|bankruptcy|debt|debts|evicted|homeless|living+back+at|moved+back+in+with|young+carer|carer+for|in+care|fostered|adopted|domestic+abuse|domestic+violence|rehab|custody+battle|deported|social+worker|sofa+surfing|kicked+him+out|kicked+her+out|messy+divorce|marriage+was+falling+apart|marriage+is+falling+apart|being+bullied',
  'his|her|their wife|husband|partner|girlfriend|boyfriend|mum|mam|dad|mother|father|son|daughter|little+girl|little+boy|baby|kids|children|brother|sister|nan|grandad|family has|is|was|s|had|got|in',
  'become|became|becoming|just+become|expecting a dad|mum|mother|father|grandad|nan|baby',
];

/** Phrases that introduce someone's private contact details. */
export const CONTACT_INTRODUCERS: readonly string[] = [
  'home|personal|private|mobile number|phone|mobile|address|email',
  'lives at|on|in',
  'moved to|into',
  'ring|call|text|phone|message|email her|him|them on|at',
  'her|his|their number|mobile|phone|address|email|house',
];

/** Numbers that look like phone numbers and are not: what a word before them says they are. */
export const NOT_PHONE: ReadonlySet<string> = new Set([
  'isbn',
  'order',
  'ref',
  'reference',
  'tracking',
  'track',
  'parcel',
  'booking',
  'invoice',
  'account',
  'acc',
  'sort',
  'code',
  'policy',
  'certificate',
  'cert',
  'serial',
  'barcode',
  'membership',
  'member',
  'customer',
  'case',
  'claim',
  'ticket',
  'confirmation',
  'flight',
  'meter',
  'reading',
  'lottery',
  'score',
  'id',
  'passport',
  'licence',
  'license',
  'vin',
  'imei',
  'pin',
  'postcode',
  'registration',
  'reg',
  'receipt',
  'transaction',
  'consignment',
  'shipment',
  'ucas',
  'candidate',
  'upn',
  'nhs',
  'ni',
]);

/** Places whose address and number are public: a venue's details are not anybody's personal data. */
export const VENUES: readonly string[] = [
  'university|college|hall|centre|center|church|chapel|mosque|temple|hotel|pub|inn|club|stadium|ground|shop|cafe|café|restaurant|venue|market|library|museum|theatre|cinema|gym|leisure+centre|surgery|pharmacy|garage|salon|council|park|showroom|store|branch|studio',
  'plumbing|plumber|plumbers|electrician|electricians|electrical|roofing|roofer|builders|builder|ltd|limited|sons|services|removals|cleaning|heating|joinery|joiner|decorating|decorator|mechanic|mechanics|barber|taxi|taxis|cabs|takeaway|bakery|butchers|florist|vets|dentist|opticians',
  'fair|event|festival|open+day|open+evening|exhibition|gig|concert|sale|meeting|show|quiz|party|wedding|reception|class|classes|session|sessions|course|workshop|clinic',
  'bookings|booking|enquiries|tickets|orders|appointments|reservations',
  // A firm's own line: "their office number's", "his business line is".
  'office|business number|line|landline|phone',
  'school+of+motoring|driving+school|driving+instructor',
];
