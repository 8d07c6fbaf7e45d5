/**
 * Words that school names are made of and that mean other things too: a school known as "Riverside" or "The
 * Ridge" is named whenever someone walks by the riverside. An alias made only of these (and "the") is a hint that
 * a post is about the school, not proof; the school's full name, a distinctive alias ("Cansfield"), its handles,
 * hashtags and domain stay proof.
 */
export const COMMON_NAME_WORDS: ReadonlySet<string> = new Set(
  `
  the riverside river ridge grange park hill hills valley vale moor side castle bridge bridges green
  field fields wood woods lake brook meadow meadows heath forest abbey priory manor hall court cross gate gates
  mount view views high upper lower north south east west central city town village county new old saint st
  mary marys john johns peter peters paul pauls st. church chapel oak oaks elm elms beech willow willows orchard
  orchards gardens garden farm mill mills lane road way avenue spring springs well wells bay cliff cliffs
  station market square the academy school college primary secondary grammar community catholic
  `
    .split(/\s+/)
    .filter(Boolean),
);
