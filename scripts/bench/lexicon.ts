// Word lists for the benchmark corpus's sentence templates, grouped by news topic.
// Why topics: the product must work on "other topics" than the bundled articles, so the corpus mixes
// security, water, labour, elections, disasters and trade, each with its own issues, events and quotes.

export interface Topic {
  key: string;
  issues: string[];
  /** Noun phrases for an event, used in "denied any involvement in ...". */
  eventNouns: string[];
  demands: string[];
  actions: string[];
  conditions: string[];
  wrongdoings: string[];
  clauses: string[];
  headlineNouns: string[];
}

export const TOPICS: Topic[] = [
  {
    key: 'security',
    issues: ['the presence of foreign troops', 'the disarmament of armed groups', 'the release of detained fighters', 'the security of the border crossings', 'the control of the airport road'],
    eventNouns: ['the rocket attack', 'the bombing of the convoy', 'the ambush near the checkpoint', 'the drone strike', 'the attack on the embassy compound'],
    demands: ['the release of the detainees', 'an independent investigation', 'the withdrawal of foreign forces', 'an end to the raids'],
    actions: ['withdraw its fighters from the streets', 'hand the suspects over to the courts', 'suspend the joint patrols', 'close the crossing', 'respond with force'],
    conditions: ['the detainees are released', 'the raids stop', 'the foreign forces leave', 'the investigation is made public'],
    wrongdoings: ['collaborating with foreign intelligence', 'covering up the killings', 'betraying the families of the victims', 'arming the gangs'],
    clauses: ['security forces had been deployed around the ministries', 'several suspects had been detained overnight', 'the convoy had been carrying food and fuel', 'the attackers had fled towards the river', 'the checkpoint had been reinforced after earlier threats'],
    headlineNouns: ['Attack', 'Ambush', 'Raid', 'Arrests', 'Standoff'],
  },
  {
    key: 'water',
    issues: ['the sharing of river water', 'the filling of the new dam', 'the drought in the southern marshes', 'the salinity of the delta', 'the irrigation quotas'],
    eventNouns: ['the closure of the sluice gates', 'the cut in water releases', 'the sabotage of the pumping station', 'the collapse of the canal wall'],
    demands: ['a fair share of the river', 'compensation for the farmers', 'an emergency water plan', 'technical talks under international mediation'],
    actions: ['release more water downstream', 'suspend work on the reservoir', 'ration drinking water in the capital', 'take the dispute to arbitration'],
    conditions: ['the quotas are restored', 'the dam is inspected by independent engineers', 'the farmers are compensated'],
    wrongdoings: ['diverting the river for private estates', 'hiding the true level of the reservoir', 'ignoring the drought warnings'],
    clauses: ['the reservoir had fallen to its lowest level in a decade', 'thousands of hectares of wheat had been abandoned', 'the talks would resume after the holidays', 'the pumping stations were running at half capacity'],
    headlineNouns: ['Dam Dispute', 'Water Talks', 'Drought', 'River Row'],
  },
  {
    key: 'labour',
    issues: ['unpaid wages at the port', 'the privatisation of the docks', 'the new labour law', 'the cost of bread and fuel', 'pension cuts'],
    eventNouns: ['the strike at the container terminal', 'the blockade of the port road', 'the dismissal of the union leaders', 'the sit-in outside the ministry'],
    demands: ['the payment of back wages', 'the reinstatement of the dismissed workers', 'a freeze on fuel prices', 'a seat at the negotiating table'],
    actions: ['extend the strike to the railways', 'occupy the terminal', 'cut the fuel subsidy', 'negotiate with the unions'],
    conditions: ['the wages are paid', 'the dismissals are reversed', 'the new law is withdrawn'],
    wrongdoings: ['sabotaging the national economy', 'breaking the collective agreement', 'intimidating striking workers'],
    clauses: ['ships had been waiting offshore for more than a week', 'the strike had cost the treasury millions', 'the unions would meet again on the weekend', 'fuel queues had formed across the capital'],
    headlineNouns: ['Strike', 'Port Shutdown', 'Wage Protest', 'Labour Row'],
  },
  {
    key: 'election',
    issues: ['the delay of the parliamentary vote', 'the new electoral law', 'allegations of vote buying', 'the recount in the northern districts', 'the formation of a new cabinet'],
    eventNouns: ['the burning of the ballot boxes', 'the storming of the electoral office', 'the leak of the preliminary results', 'the boycott of the vote'],
    demands: ['a manual recount', 'the dismissal of the electoral commission', 'early elections', 'international observers'],
    actions: ['boycott the session', 'challenge the results in court', 'form a caretaker government', 'postpone the vote'],
    conditions: ['the recount is completed', 'the commission is replaced', 'the observers are allowed in'],
    wrongdoings: ['rigging the count', 'buying votes in the villages', 'intimidating candidates', 'misusing state funds'],
    clauses: ['turnout had been the lowest since the war', 'the results would be announced within days', 'several candidates had withdrawn in protest', 'the commission had received hundreds of complaints'],
    headlineNouns: ['Vote', 'Recount', 'Election Row', 'Cabinet Talks'],
  },
  {
    key: 'disaster',
    issues: ['the slow pace of flood relief', 'the reconstruction of the damaged bridges', 'the outbreak of cholera in the camps', 'the shortage of tents and medicine'],
    eventNouns: ['the collapse of the bridge', 'the flooding of the hospital', 'the delay of the aid convoy', 'the looting of the warehouses'],
    demands: ['emergency funds', 'clean water for the camps', 'an inquiry into the dam failure', 'more helicopters for the rescue'],
    actions: ['evacuate the low-lying villages', 'open the military warehouses', 'declare a state of emergency', 'reopen the main highway'],
    conditions: ['the roads are reopened', 'the aid reaches the villages', 'the displaced families are housed'],
    wrongdoings: ['stealing relief supplies', 'ignoring the flood warnings', 'building on the riverbanks without permits'],
    clauses: ['more than two thousand families had been displaced', 'the river had burst its banks in three places', 'the rescue teams were still searching the villages', 'the main highway remained closed'],
    headlineNouns: ['Floods', 'Relief Effort', 'Evacuation', 'Emergency'],
  },
  {
    key: 'trade',
    issues: ['the closure of the border to lorries', 'the new customs tariffs', 'the smuggling of fuel across the border', 'the ban on grain exports', 'the debt owed to foreign contractors'],
    eventNouns: ['the seizure of the fuel tankers', 'the suspension of the trade agreement', 'the raid on the customs office', 'the closure of the crossing'],
    demands: ['the reopening of the crossing', 'a review of the tariffs', 'an end to smuggling', 'the payment of the arrears'],
    actions: ['lift the export ban', 'reopen the crossing to lorries', 'raise the tariffs', 'freeze the accounts of the smugglers'],
    conditions: ['the tariffs are reviewed', 'the arrears are paid', 'the border is reopened'],
    wrongdoings: ['protecting the smuggling networks', 'taking bribes at the crossing', 'dumping cheap grain on the market'],
    clauses: ['hundreds of lorries were stranded at the border', 'prices of flour had doubled in a month', 'the agreement would be reviewed in the spring', 'customs revenue had fallen sharply'],
    headlineNouns: ['Border Closure', 'Tariff Row', 'Trade Talks', 'Smuggling Crackdown'],
  },
];

export const UNNAMED = [
  'a senior security official who asked not to be named',
  'a Western diplomat based in the capital',
  'a masked man in a video posted online',
  'a local official who spoke on condition of anonymity',
  'a government source',
  'an aid worker in the area',
  'a witness',
  'a source close to the negotiations',
];

export const ATTACKERS = ['Gunmen', 'Unidentified assailants', 'Armed men on motorcycles', 'Militants'];
export const ATTACK_VERBS = ['attacked', 'opened fire on', 'ambushed', 'targeted'];
export const TARGETS = ['a police checkpoint', 'a supply convoy', 'the offices of a local newspaper', 'a power station', 'an army patrol', 'a customs post'];
export const OUTCOMES = ['killing two guards', 'wounding at least four people', 'causing no casualties, officials said', 'setting several vehicles on fire', 'before fleeing'];
export const CROWDS = ['Thousands of people', 'Hundreds of farmers', 'Students', 'Families of the detainees', 'Retired soldiers', 'Dockworkers'];
export const VICTIMS = ['a prominent activist', 'a local journalist', 'a police officer', 'a tribal elder', 'a lawyer who represented the protesters'];
export const FORCES = ['Security forces', 'Police', 'Counter-terrorism units', 'Soldiers'];
export const SUBHEADINGS = ['Red lines', 'A fragile truce', 'What comes next', 'No way back', 'Mounting pressure', 'Old rivalries', 'Back to the table', 'A test of nerves'];
export const CAPTION_SCENES = [
  'speaks during a news conference in',
  'arrives for a meeting in',
  'addresses supporters in',
  'visits a hospital in',
];
export const PHOTO_SCENES = [
  'Residents walk past a damaged building in',
  'Protesters gather outside the governorate building in',
  'Lorries queue at the crossing near',
  'Rescue workers search the rubble in',
  'A mural of a slain fighter covers a wall in',
];
export const PHOTOGRAPHERS = ['Sami Haddour', 'Lina Marcos', 'Jonas Feld', 'Aya Tennant', 'Pietro Vance', 'Dara Quist'];
export const AGENCIES = ['AFP', 'Reuters', 'AP'];
export const BACKGROUND = [
  'The dispute has strained relations between the two neighbours for years.',
  'Analysts say the crisis is unlikely to be resolved before the end of the year.',
  'Tensions in the region remain high.',
  'Previous rounds of talks collapsed without agreement.',
  'The government has promised reforms but critics say little has changed.',
  'Diplomats fear the situation could spiral out of control.',
  'Many residents say they have lost faith in both sides.',
  'International donors have pledged support but little money has arrived.',
];
export const QUOTE_OPENERS = ['We will not', 'Nobody will', 'We refuse to'];
export const YIELD_VERBS = ['back down', 'give up', 'stay silent', 'accept this'];
