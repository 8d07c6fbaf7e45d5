/**
 * Answering the media about the school (§9: "if you are contacted for comments about the School for
 * publication anywhere, including in any social media outlet, you must direct the inquiry to the Headteacher
 * and must not respond without advanced written approval"). A finding needs the press (an outlet or a
 * journalist), dealings with it (talking, being interviewed or quoted, answering) and a post about the school.
 * Patterns use the phrase language of src/text/phrases.ts.
 */

/** A request for comment, or the answer to one: media business by itself. */
export const REQUESTS: readonly string[] = [
  'asked|asking|approached|contacted|rang|called|phoned|emailed|messaged|dmd me|us for a|my? comment|quote|statement|interview|view|views|reaction',
  'asked|asking me|us to comment|speak|talk|go+on|appear|contribute',
  'request|requests for comment|an+interview',
  'press|media|journalist enquiry|enquiries|inquiry|inquiries|request|requests',
  'on|off the record',
  'go|going|went|gone|be|put+me|put+that on record',
  'you|u can quote me',
  'quote me on that|this',
  'speak|speaking|talk|talking|chat|chatting to+you? for the|your piece|feature|article|story|programme|episode',
  'speak|speaking|talk|talking|spoke|spoken|chat|chatting|chatted to|with the+press|the+media|the+papers|the+paper|journalists|reporters|a+journalist|a+reporter|the+bbc',
  'give|giving|gave a quote|statement|interview to',
  'for publication',
];

/** The press: people, outlets and programmes. */
export const OUTLETS: readonly string[] = [
  'journalist|journalists|reporter|reporters|journo|journos|correspondent|producer|researcher|presenter|editor|columnist|press|the+press|media|newspaper|newspapers|news+desk|newsdesk|newsroom|tabloid|tabloids|broadsheet',
  'bbc|itv|sky+news|channel+4|channel+5|gb+news|lbc|talksport|granada|granada+reports|look+north|north+west+tonight|newsnight|panorama|dispatches|the+one+show|good+morning+britain|gmb|this+morning|radio|radio+4|radio+5|5+live|today+programme|tv+crew|camera+crew|film+crew|documentary|podcast|podcasts|pod|breakfast+show|phone+in|phonein|talk+show|the+paper|the+papers|local+paper|local+news|regional+news|the+news|news+crew|news+team|magazine|callout|call+out|bbc+breakfast|sky+news|channel+4|channel+5',
  // Titles people shorten to one word that is also an everyday word ("the Sun", "the Post") only with a capital
  // and the article, below; these are unmistakable.
  'tes|schools+week|the+guardian|the+observer|the+times|the+telegraph|daily+telegraph|sunday+times|daily+mail|mail+online|the+daily+mail|daily+mirror|the+mirror|daily+express|the+independent|inews|evening+standard|the+echo|liverpool+echo|manchester+evening+news|yorkshire+post|huffpost|huffington+post|buzzfeed|reuters|press+association|channel+4+news|itv+news|sky|bbc+news',
  '<cap> news|today|observer|echo|gazette|herald|chronicle|telegraph|evening+news|evening+post|express|advertiser|argus|mercury|fm|examiner|courier',
  // A journalist's piece, when the writer answers about it: "send me the questions for the piece".
  'for the article|episode|documentary|podcast',
  'questions for the|your article|piece|episode|feature|story',
  'your feature|piece|article|story|programme|program|show|podcast|paper|readers|viewers|listeners|publication|documentary|report|segment|item|investigation|coverage|callout|series|episode',
  'radio <cap>',
];

/** Parts of a handle or page name that mark a news outlet: "@WiganToday", "@MENnewsdesk". */
export const OUTLET_HANDLE_PARTS: readonly string[] = [
  'news',
  'courier',
  'examiner',
  'argus',
  'advertiser',
  'mercury',
  'podcast',
  'today',
  'echo',
  'post',
  'times',
  'herald',
  'gazette',
  'observer',
  'mail',
  'express',
  'telegraph',
  'guardian',
  'mirror',
  'chronicle',
  'journal',
  'press',
  'radio',
  'tv',
  'live',
  'reporter',
  'reports',
  'journo',
  'bbc',
  'itv',
];

/**
 * Newspaper titles that are everyday words too ("the post", "the sun"): a press title only when written with a
 * capital after "the" ("quoted in the Examiner").
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  'examiner courier observer echo gazette herald chronicle argus advertiser mercury post star sun times mail express mirror telegraph guardian independent metro standard journal record citizen sentinel'.split(
    ' ',
  ),
);

/** Dealings with the press: talking, being interviewed or quoted, answering or offering to. */
export const DEALINGS: readonly string[] = [
  'record|recording|recorded|film|filming|filmed|show+them+round|show+them+around|writing+a+piece|write+a+piece|wrote+a+piece|writing+for|statement|replied|reply|replying|responded|answer|answered|answering|contacted+by|approached+by|asked+by|rang+me|called+me|phoned+me|emailed+me|a+lot+to+say|plenty+to+say|lots+to+say|talk|talked|talking|talks|speak|spoke|speaking|spoken|chat|chatted|chatting|natter|comment|commented|commenting|contribute|contributing|contributed|interview|interviewed|interviewing|quoted|quote|appear+on|appeared+on|appearing+on|go+on|going+on|been+on|be+on|was+on|went+on|on+air|on+camera|live+on|on+the+show|in+the+studio|studio|voice+note|voicenote|filled+in|fill+in|told+them|told+her|told+him|tell+them|spill|spilled|spilt|dish|print|expose|tip+off|tipped+off|leak|leaked|get+in+touch|got+in+touch|getting+in+touch|been+in+touch|in+touch|reached+out|reaching+out|reach+out|dm+me|dmd|dm+you|dmd+you|message+me|email+me|call+me|ring+me|my+number|drop+me+a+line|said+yes|agreed|accepted|asked+me|asked+if',
  'what|whats really? happening|happened|going+on|goes+on',
  'the real story|truth',
  'here goes',
  'i can tell you|confirm',
];

/** Passing an enquiry on, or turning it down: what §9 asks for, not a breach of it. */
export const DEFLECTIONS: readonly string[] = [
  'to ring|call|phone|email|contact|speak+to|talk+to|go+to|ask the|our head|headteacher|head+teacher|press+office|school|trust|office|comms+team',
  'passed|pass|passing|sent|send|forwarded|forward|referred|refer|directed|direct it|them|him|her|this|the+enquiry|the+request|the+call on? to the|our head|headteacher|school|office|trust|press+office|comms+team',
  'no comment',
  'declined|decline|declining|refused|refuse|said+no|turned+it+down|turned+them+down',
];
