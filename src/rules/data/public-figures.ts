/**
 * Names of people everyone in Britain has heard of: footballers, cricketers and athletes, singers and bands'
 * members, actors, presenters, comedians, writers, politicians and royals. A pupil may share one ("Harry Kane",
 * "Emma Watson"), and staff write about these people all the time: "Harry Kane misses a penalty" is not about the
 * pupil. Such a name counts as the pupil only in a post that shows some sign of school (detect/pupils.ts).
 *
 * Written as people write them, given name and surname, folded to lower case; possessives and capitals are
 * handled by the matcher. Kept in the background's engine only (never in the content script), so its size is
 * not a cost to the page.
 */
import { analyse } from '../../text/analyse';

/** What each is famous for: a post about a pupil who shares the name is plainly about the famous person only when it is about their field. */
export type Field = 'sport' | 'music' | 'screen' | 'public';

const NAMES: Record<Field, string> = {
  sport: `
  harry kane|marcus rashford|jude bellingham|bukayo saka|phil foden|declan rice|jack grealish|raheem sterling
  jordan pickford|kyle walker|john stones|harry maguire|trent alexander-arnold|mason mount|cole palmer
  jordan henderson|kieran trippier|luke shaw|ollie watkins|ivan toney|aaron ramsdale|ben white|reece james
  wayne rooney|david beckham|steven gerrard|frank lampard|gary lineker|alan shearer|michael owen|paul scholes
  gary neville|jamie carragher|rio ferdinand|peter crouch|ian wright|jermaine defoe|john terry|ashley cole
  paul gascoigne|bobby moore|bobby charlton|kevin keegan|stuart pearce|gareth southgate|david seaman
  mohamed salah|erling haaland|kevin de bruyne|lionel messi|cristiano ronaldo|kylian mbappe
  virgil van dijk|son heung-min|bruno fernandes|martin odegaard|gabriel jesus|jack wilshere|theo walcott
  leah williamson|lucy bronze|mary earps|alessia russo|chloe kelly|beth mead|ella toone|lauren james
  millie bright|keira walsh|georgia stanway|jill scott|steph houghton|fran kirby|ellen white|alex scott
  rachel daly|lauren hemp|hannah hampton|nikita parris|karen carney|jess carter|niamh charles|grace clinton
  joe root|ben stokes|james anderson|stuart broad|jos buttler|jofra archer|harry brook|zak crawley|ollie pope
  alastair cook|andrew flintoff|kevin pietersen|moeen ali|chris woakes|mark wood|jonny bairstow|adil rashid
  heather knight|nat sciver-brunt|sophie ecclestone|danni wyatt|alastair campbell
  lewis hamilton|lando norris|george russell|jenson button|nigel mansell|max verstappen|damon hill
  andy murray|emma raducanu|jack draper|cameron norrie|katie boulter|tim henman|serena williams|roger federer
  rafael nadal|novak djokovic|venus williams
  mo farah|jessica ennis-hill|jessica ennis|dina asher-smith|katarina johnson-thompson|keely hodgkinson
  kelly holmes|paula radcliffe|usain bolt|daley thompson|sebastian coe|denise lewis|jonny brownlee
  tom daley|adam peaty|rebecca adlington|max whitlock|laura kenny|jason kenny|chris hoy|bradley wiggins
  mark cavendish|chris froome|geraint thomas|ellie simmonds|tanni grey-thompson|sky brown|charlotte dujardin
  anthony joshua|tyson fury|amir khan|nicola adams|frank bruno|lennox lewis|ricky hatton|chris eubank
  joe calzaghe|carl froch|katie taylor|muhammad ali|mike tyson|conor mcgregor
  jonny wilkinson|martin johnson|owen farrell|maro itoje|gareth edwards|sam warburton|alun wyn jones
  ronnie o'sullivan|judd trump|phil taylor|luke littler|rory mcilroy|tiger woods|justin rose
`,
  music: `
  ed sheeran|harry styles|zayn malik|louis tomlinson|liam payne|niall horan|sam smith
  dua lipa|lewis capaldi|central cee|little simz|olly murs|robbie williams
  gary barlow|mark owen|howard donald|jason orange|chris martin|noel gallagher|liam gallagher|damon albarn
  elton john|paul mccartney|john lennon|ringo starr|george harrison|mick jagger|keith richards|david bowie
  freddie mercury|brian may|rod stewart|tom jones|phil collins|george michael|annie lennox
  amy winehouse|lily allen|ellie goulding|jess glynne|rita ora|anne-marie|jessie j|leona lewis|cheryl cole
  cheryl tweedy|nicola roberts|sarah harding|kimberley walsh|nadine coyle|geri halliwell|victoria beckham
  emma bunton|mel b|melanie brown|melanie chisholm|mel c|jade thirlwall|perrie edwards|leigh-anne pinnock
  jesy nelson|james arthur|calvin harris|tom grennan|george ezra|sam fender|tom walker|james bay
  olivia rodrigo|taylor swift|billie eilish|lady gaga|ariana grande|katy perry
  justin bieber|bruno mars|miley cyrus|selena gomez|shawn mendes|michael jackson|elvis presley
  kylie minogue|dolly parton|cliff richard|shirley bassey|tom odell|craig david
  will young|gareth gates|leona lewis|alexandra burke|matt cardle|james blunt|katherine jenkins
`,
  screen: `
  emma watson|daniel radcliffe|rupert grint|tom holland|tom hardy|tom hiddleston|benedict cumberbatch
  daniel craig|idris elba|michael caine|judi dench|maggie smith|helen mirren|kate winslet|keira knightley
  emma thompson|hugh grant|colin firth|jude law|ewan mcgregor|sean connery|roger moore|pierce brosnan
  timothy dalton|anthony hopkins|ian mckellen|patrick stewart|gary oldman|ralph fiennes|eddie redmayne
  florence pugh|emily blunt|carey mulligan|olivia colman|jodie comer|millie bobby brown|saoirse ronan
  cillian murphy|paul mescal|andrew garfield|robert pattinson|dev patel|riz ahmed|john boyega|daisy ridley
  david tennant|matt smith|peter capaldi|jodie whittaker|christopher eccleston|karen gillan|jenna coleman
  martin freeman|kit harington|emilia clarke|sophie turner|maisie williams|sean bean|richard madden
  henry cavill|orlando bloom|nicholas hoult|james corden|ricky gervais|stephen merchant|rowan atkinson
  simon pegg|nick frost|steve coogan|peter kay|john bishop|michael mcintyre|jimmy carr|sarah millican
  jack whitehall|romesh ranganathan|joe lycett|greg davies|alex horne|david mitchell|robert webb|lee mack
  jo brand|miranda hart|dawn french|jennifer saunders|joanna lumley|lenny henry|rob brydon|alan carr
  tom cruise|brad pitt|leonardo dicaprio|johnny depp|will smith|tom hanks|morgan freeman|denzel washington
  meryl streep|julia roberts|jennifer aniston|jennifer lawrence|scarlett johansson|margot robbie
  ryan reynolds|ryan gosling|chris hemsworth|chris evans|chris pratt|timothee chalamet
  keanu reeves|samuel jackson|dwayne johnson|arnold schwarzenegger|sylvester stallone|harrison ford
  anthony mcpartlin|declan donnelly|ant mcpartlin|dec donnelly|holly willoughby|phillip schofield
  piers morgan|susanna reid|lorraine kelly|dermot o'leary|davina mccall|claudia winkleman|tess daly
  bruce forsyth|graham norton|jonathan ross|alan titchmarsh|david attenborough|chris packham|bear grylls
  simon cowell|amanda holden|alesha dixon|david walliams|gordon ramsay|jamie oliver|nigella lawson
  mary berry|paul hollywood|prue leith|nadiya hussain|rick stein|delia smith|gregg wallace|john torode
  jeremy clarkson|richard hammond|james may|joe wicks|stacey dooley|louis theroux|fearne cotton
  zoe ball|chris evans|greg james|scott mills|rylan clark|stephen fry|jeremy paxman|huw edwards
  fiona bruce|laura kuenssberg|nick robinson|clive myrie|kirsty young|sue barker|clare balding
  gabby logan|dan walker|alex jones|zoe sugg|joe sugg
`,
  public: `
  jk rowling|j k rowling|roald dahl|charles dickens|william shakespeare|jane austen|agatha christie
  david walliams|jacqueline wilson|michael morpurgo|julia donaldson|philip pullman|terry pratchett
  neil gaiman|lee child|ian rankin|malorie blackman|anthony horowitz|marcus rashford
  boris johnson|theresa may|david cameron|gordon brown|tony blair|john major|margaret thatcher
  keir starmer|rishi sunak|liz truss|jeremy corbyn|angela rayner|rachel reeves|nigel farage|ed miliband
  ed davey|nicola sturgeon|humza yousaf|john swinney|mark drakeford|sadiq khan|andy burnham|michael gove
  jacob rees-mogg|priti patel|suella braverman|kemi badenoch|james cleverly|matt hancock|dominic raab
  dominic cummings|jeremy hunt|sajid javid|yvette cooper|wes streeting|david lammy|diane abbott
  winston churchill|clement attlee|harold wilson|donald trump|joe biden|barack obama|kamala harris
  hillary clinton|bill clinton|george bush|vladimir putin|volodymyr zelensky|emmanuel macron|angela merkel
  king charles|queen elizabeth|prince william|prince harry|kate middleton|meghan markle|prince george
  princess charlotte|prince louis|prince andrew|princess anne|prince edward|camilla parker bowles
  elon musk|bill gates|steve jobs|mark zuckerberg|jeff bezos|richard branson|alan sugar|greta thunberg
  stephen hawking|albert einstein|isaac newton|charles darwin|marie curie|florence nightingale
  captain tom|tom moore|martin luther king|nelson mandela|malala yousafzai
`,
};

/** Each name as the matcher reads it (its atoms' folded forms, joined by spaces), with its field ("ronnie osullivan"). */
export const PUBLIC_FIGURES: ReadonlyMap<string, Field> = new Map(
  (Object.entries(NAMES) as Array<[Field, string]>).flatMap(([field, names]) =>
    names
      .split(/[|\n]/)
      .map((name) =>
        analyse(name)
          .atoms.map((a) => a.key)
          .join(' '),
      )
      .filter((name) => name !== '')
      .map((name) => [name, field] as const),
  ),
);
