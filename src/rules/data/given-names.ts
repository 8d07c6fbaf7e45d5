/**
 * Given names common among staff and families in English schools, so that "Julie in our school office" or
 * "Rachel Heyes" reads as a person and "Hindley Heating" or "Atomic Habits" does not. Names that are also
 * everyday words (Will, Grace, Hope, Rose…) are left out: written with a capital at the start of a sentence
 * they are as often the word. The school's roster adds its pupils' forenames.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `
  aaron abbie abby abdul abdullah abigail adam adeel adele adrian aisha alan alex alexander alexandra alfie ali
  alice alison amanda amara amber amelia amina amir amy andrea andrew andy angela angie ann anna anne annette
  anthony anton archie arjun arthur asif asma ava ayaan ayesha barbara barry becky ben benjamin beth bethany
  bilal billy bradley brandon brenda brian bridget callum cameron carl carla carol caroline catherine charlie
  charlotte chelsea chloe chris christina christine christopher claire clare colin connor craig daisy dan daniel
  danielle danny darren dave david dawn dean debbie deborah declan denise dennis derek diana diane dominic donna
  dylan ed eddie edward eileen elaine eleanor elena eli elijah elizabeth ella ellie elliot emily emma eric erin
  ethan eva evelyn evie faisal fatima femi fiona florence francesca frank freddie freya gail gareth gary gavin
  gemma george georgia gerald gillian gina graham greg gregory hamza hannah harriet harry harvey hassan hayley
  heather helen henry holly ian imran irene isaac isabel isabella isabelle isla jack jackie jacob jake james
  jamie jan jane janet janice jason jayden jeff jemma jenna jennifer jenny jeremy jess jessica jill jim jo joan
  joanne jodie joe joel john jon jonathan jordan joseph josh joshua joy judith julia julian julie justin kamal
  karen kate katherine kathleen kathryn katie kayleigh keira keith kelly kerry kevin khadija kieran kim kirsty
  kyle laura lauren leah lee leila leo leon lewis liam lily linda lindsay lisa logan lois lorraine louis louise
  lucy luke lydia lynn lynne madison maisie malcolm mandy margaret maria marie marion mark martin mary maryam
  mason matt matthew maureen megan melanie melissa mia michael michelle mike millie mohammed mohammad molly
  muhammad nadia naomi natalie nathan neil niamh nicholas nick nicola nicole nigel nina noah norman olivia
  oliver omar oscar owen pam pamela patricia paul paula pauline peter phil philip phoebe poppy priya rachel
  rahul rebecca rhys richard rob robert robyn ruth ryan saira sally sam samantha samuel sandra sara sarah scott
  sean shabana shahid shane shannon sharon shaun sheila shirley simon sinead sofia sonia sophie stacey stephanie
  stephen steve steven stuart sue susan suzanne tamsin tanya tara teresa theo thomas tim timothy toby tom tommy
  tony tracey tracy tyler usman valerie vanessa vicky victoria vikram wayne wendy william yasmin yusuf zainab
  zara zoe
  `
    .split(/\s+/)
    .filter(Boolean),
);
