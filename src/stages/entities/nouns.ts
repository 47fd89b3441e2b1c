import type { EntityType } from '../../model/schema.js';

// Common nouns that refer to people, organisations and places (lemmas), written for Dateline from general
// English; a noun phrase headed by one is a nominal mention ("the researchers", "the company", "the city").
const PERSON = `person people man woman men women boy girl child kid baby youth teenager adult guy lady gentleman
friend family member citizen resident inhabitant population public crowd audience community
mother father mom dad mum parent son daughter brother sister wife husband uncle aunt nephew niece cousin
grandmother grandfather grandparent grandchild granddaughter grandson relative spouse partner fiancé fiancée
boyfriend girlfriend neighbor neighbour colleague classmate roommate companion stranger
student pupil teacher instructor professor lecturer scholar researcher scientist expert specialist
doctor physician nurse patient surgeon psychologist pediatrician
writer author editor reporter journalist correspondent columnist blogger commentator poet novelist
artist painter musician singer actor actress comedian photographer architect designer director producer
player athlete runner rider driver pilot coach captain referee fan supporter spectator
worker employee employer staff official officer agent representative delegate spokesman spokeswoman
spokesperson leader founder co-founder chairman chairwoman chair executive manager owner boss
president minister senator governor mayor councillor councilor politician candidate voter lawmaker
legislator congressman congresswoman diplomat ambassador envoy king queen prince princess monarch emperor
judge lawyer attorney prosecutor defendant plaintiff appellant respondent witness juror victim suspect
soldier troop commander general officer guard detective peacekeeper militant fighter rebel insurgent
terrorist hacker defector refugee migrant immigrant asylum-seeker seeker pilgrim tourist traveler
traveller visitor guest passenger customer consumer client user reader viewer listener subscriber
participant attendee volunteer activist protester protestor demonstrator critic opponent proponent
advocate supporter survivor veteran farmer fisherman engineer developer programmer economist analyst
consultant advisor adviser monk priest pastor bishop pope cleric imam rabbi worshipper believer
individual human being character hero native local foreigner settler descendant ancestor
successor predecessor owner landlord tenant homeowner vendor seller buyer investor shareholder
entrepreneur businessman businesswoman chef cook baker resident doctor surgeon miner sailor
researchers others celebrity dignitary enemy ally god goddess deity gamer recipient newcomer superstar star
businessperson goer attendee winner loser champion finalist contestant competitor teammate opponent`;
const ORG = `government administration ministry department agency authority council committee commission
parliament congress senate legislature assembly court tribunal police army military navy force
company firm corporation business bank airline manufacturer publisher broadcaster network newspaper
organization organisation institution institute foundation charity association union federation league
alliance coalition party camp faction movement group team club university college school academy
museum hospital embassy consulate regime opposition board panel jury media press enforcement
municipality cabinet church magazine denomination`;
const GPE = `country nation state city town village capital province region district county municipality
territory kingdom republic island continent world mainland homeland constituency neighborhood
neighbourhood suburb metropolis`;
const LOC = `area land place location site sea ocean river lake coast shore beach border desert mountain hill
valley forest jungle earth planet universe zone spot destination east west north south downtown
countryside`;
const FAC = `building house home hotel airport station street road avenue square park garden bridge mosque
temple monastery stadium arena prison jail center centre headquarters office hall palace factory
facility camp tower restaurant shop store mall market room floor kitchen classroom campus gallery memorial`;

const table = new Map<string, EntityType>();
for (const [list, type] of [
  [FAC, 'FAC'],
  [LOC, 'LOC'],
  [GPE, 'GPE'],
  [ORG, 'ORG'],
  [PERSON, 'PERSON'],
] as const) {
  for (const w of list.split(/\s+/)) if (w) table.set(w, type);
}

/** The entity type a common noun (lemma) refers to, if it names people, organisations or places. */
export const nounType = (lemma: string): EntityType | undefined => table.get(lemma.toLowerCase());

/** First- and second-person pronouns and indefinite people: mentions GUM-style coreference counts. */
export const SPEAKER_PRONOUNS = new Set([
  'i',
  'me',
  'my',
  'mine',
  'myself',
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
]);
