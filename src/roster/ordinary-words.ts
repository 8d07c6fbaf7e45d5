/**
 * Names that are also everyday English words. A roster name made only of these ("Will Fletcher", "Hope Walker",
 * "Grace Bell") is flagged only when the text writes it as a name, with capitals, so that "I will fletcher my own
 * arrows" and "saying grace before dinner when the bell rang" pass. A name with one part that is not an everyday
 * word ("summer hurst", "isla brown") is flagged in any case.
 */
export const ORDINARY_WORDS: ReadonlySet<string> = new Set(
  `
  will hope grace faith joy summer autumn winter spring may june april august rose lily daisy holly ivy ruby pearl
  amber jade crystal dawn eve sky skye river rain storm sunny honey bliss destiny harmony melody liberty patience
  charity precious star angel mark bill rob pat sue jack frank grant miles chase hunter mason carter cooper archer
  walker tanner glen dale dean drew rich ray guy jay max reed rowan ash heath forest stone rocky bob sandy brook clay
  lane wade violet olive hazel ebony sage willow iris heather fern rosemary mercy verity trinity genesis bell hill
  wood woods green brown white black gray grey young king hall wall long little short sharp fox swift marsh baker
  fletcher cook turner smith taylor butcher carpenter miller potter weaver fisher bishop knight page field fields
  lake rivers banks brooks bush ford cross best moore street gates love friend sweet strong hardy wise bright golden
  silver gold rock steel iron moss rush oak oakes birch pine lamb bird crow swan drake finch nightingale hawk wolf
  bull buck hart fish salmon pike day summers winters frost snow rains cloud sun moon starr waters pond dyer glover
  collier thatcher sawyer skinner shepherd brewer chandler slater wild wilde savage noble proud good fair gentle
  kind merry free hale lord pope abbot monk prince duke earl squire porter booth church chapel castle tower house
  barn mills mill bridge bridges dale vale head foot hand hands bone wing wings north south east west west
  english french welsh scott irish norman rice berry berries heart hope hopes joy joyce dusty rusty penny pip sunny
  lucky hunter rich sterling major marshal baron baker bowman carver dancer fuller hooper mower painter piper
  plumber ranger rider roper singer spinner tucker walsh wells well power powers price rice lodge hay haze pool
  poole coe roe doe lee lea hart hartley sparrow robin robins jay raven dove finch wren lark peacock cherry apple
  olive plum peach mango lemon sugar candy coco cookie ginger pepper basil clove saffron jasper onyx opal topaz
  flint slate cliff clifford dell glenn heath moor marsh fenn fen brook beck burn wells bay coast shore island isle
  `
    .split(/\s+/)
    .filter(Boolean),
);
