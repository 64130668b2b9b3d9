import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classify, classifyByRules } from '../../../functions/triage/classify.js';
import { loadTriageRules } from '../../../tools/content/triage-yaml.js';
import { TIERS, type Tier } from '../../../functions/core/tiers.js';

const rules = loadTriageRules(fileURLToPath(new URL('../../../content/triage.yaml', import.meta.url)));
const tierOf = (text: string) => classify(rules, text).tier;
/** The rules alone, without the statistical second opinion: what a test of a rule's own reading asserts. */
const rulesTier = (text: string) => classifyByRules(rules, text).tier;
/** Asserts the rules' tier of each message (the message names a failure). */
const expectRulesTiers = (cases: ReadonlyArray<readonly [string, Tier]>) => {
  for (const [text, tier] of cases) expect(rulesTier(text), text).toBe(tier);
};
/** Asserts the rules flag none of `texts` (the message names a failure). */
const expectRulesNone = (texts: readonly string[]) => expectRulesTiers(texts.map((text) => [text, 'none'] as const));

describe('classify', () => {
  it('orders tiers most severe first', () => {
    expect(TIERS).toEqual(['emergency', 'crisis', 'urgent', 'soon', 'none']);
  });

  it('flags the must-pass example and returns the rule id', () => {
    expect(classify(rules, 'cant feel anything when i wipe')).toMatchObject({ tier: 'emergency', rule: 'ces_saddle' });
  });

  it('handles caps, typos and missing punctuation', () => {
    expect(tierOf('CANT FEEL WHEN I WHIPE')).toBe('emergency');
    expect(tierOf('bladdr feels full but nothing comes out')).toBe('emergency');
    expect(tierOf('i cannt pee at all')).toBe('emergency');
    expect(tierOf('fevr and chills with back ache')).toBe('urgent');
  });

  it('does not typo-correct real words into signs', () => {
    expect(tierOf('worst pain ever')).toBe('none');
    expect(tierOf('my dog fell off the bed')).toBe('none');
  });

  it('cancels only the negated sign', () => {
    expect(tierOf('no numbness between my legs')).toBe('none');
    expect(tierOf('i dont have any numbness in my groin')).toBe('none');
    expect(tierOf('no numbness but i cant pee')).toBe('emergency');
    expect(tierOf('numbness between legs but my bladder is fine')).toBe('emergency');
    expect(tierOf('sin dolor de pecho')).toBe('none');
    expect(tierOf('no tengo fiebre ni escalofrios')).toBe('none');
  });

  it('does not join a part said to be fine, or words across a full stop, into one sign; a comma still joins', () => {
    expect(tierOf('i can feel my legs fine, the pain is just in my lower back')).toBe('none');
    expect(tierOf('My legs are fine. Pain is in my back')).toBe('none');
    // "ok" is filler as often as an all-clear: it never cancels a sign.
    expect(tierOf('perdi el control de la vejiga ok')).toBe('emergency');
    expect(tierOf('both legs, numb and tingly since this morning')).toBe('emergency');
    expect(tierOf('sore back from shoveling snow')).toBe('none');
    expect(tierOf('hoy fui al bano pero no siento cuando orino')).toBe('emergency');
  });

  it('takes a one-word no after a sign that ends its sentence as the answer to it, never for a sign negative by nature', () => {
    expect(tierOf('chest pain? nope. breathing? fine. just my calf is sore from my first run in years')).toBe('none');
    expect(tierOf('fiebre? no. solo dolor de espalda')).toBe('none');
    expect(tierOf('chest pain? yes. since this morning')).toBe('emergency');
    expect(tierOf("I can't pee. No. Nothing comes out")).toBe('emergency');
  });

  it('reads "bien" going on to another word as "very", not "fine", in a resolution cue too', () => {
    expect(tierOf('mi papa no ha podido orinar desde la manana, ya esta bien hinchado')).toBe('emergency');
    expect(tierOf('mi papa no podia orinar el mes pasado, ya esta bien')).toBe('none');
  });

  it('keeps a red flag whose modifiers could misread it (a one-word reply to self-harm talk, a pet earlier in the sentence, a set-aside phrase negated or a sign negative by nature, a digression of one word)', () => {
    const cases: Array<[string, string]> = [
      ["crisis", "I want to kill myself. no"],
      ["crisis", "I want to end my life. Nope."],
      ["crisis", "I want to die. fine"],
      ["crisis", "quiero matarme. no"],
      ["crisis", "me quiero morir. bien"],
      ["emergency", "both legs are numb. fine"],
      ["emergency", "walking the dog and suddenly both legs went weak and numb"],
      ["emergency", "took the dog to the vet today and on the way home lost control of my bladder"],
      ["emergency", "the dog knocked grandma over and now she cant feel her legs"],
      ["emergency", "my dog jumped on grandpa and now he cant pee"],
      ["emergency", "I'm so constipated and now I can't hold my pee, it just comes out"],
      ["emergency", "desde las 3 yo no puedo orinar y me duele la espalda"],
      ["soon", "lost 20 lbs and I didnt do it on purpose, my back aches"],
      ["soon", "my diet hasnt changed at all and I lost 20 lbs, my back aches"],
      ["emergency", "I can't, honestly, I've been trying since 6am, standing, sitting, everything, pee"],
      ["emergency", "I can't, um, I've been trying since 6am, standing, sitting, everything, pee"],
      ["none", "no podia orinar ayer pero ya estoy bien gracias"],
      ["emergency", "mi papa no ha podido orinar desde la manana, ya esta bien hinchado"],
      ["none", "chest pain? nope. breathing? fine. just my calf is sore from my first run in years"],
      ["emergency", "I can't pee. No. Nothing comes out"],
      ["none", "mi perro arrastra las patas de atras y se hizo pipi, esta viejito"],
      ["none", "lost 12 lbs on purpose with keto, back feels better"],
    ];
    expect(cases.filter(([tier, text]) => tierOf(text) !== tier)).toEqual([]);
  });

  it('keeps red flags that round 18 to 20 modifiers could hide (travel, quoted lists, short resolution and past cues, set-aside phrases, pets, hyphens, one-word checklists)', () => {
    const cases: Array<[string, string]> = [
      ['crisis', 'My wife is on vacation with the kids and I have the pills ready, I want to end it all'],
      ['crisis', 'Please pause the tips, I want to kill myself tonight'],
      ['crisis', 'Me voy de viaje y no voy a volver, me quiero matar'],
      ['crisis', 'a veces pienso en lastimarme'],
      ['crisis', 'me quiero cortar las venas'],
      ['emergency', 'Both my legs went weak and numb this morning, just wondering what I should do'],
      ['emergency', 'My groin is numb and I peed myself without noticing. None of those symptoms on your list though?'],
      ['emergency', "Ive got none of that fever stuff but both my legs gave out this morning"],
      ['emergency', 'El doctor me dijo que vuelva si pasa algo, y hoy no puedo orinar ni siento las nalgas'],
      ['emergency', 'La hoja pone que es normal el dolor, pero no siento nada en las nalgas y no puedo orinar'],
      ['emergency', 'I cant feel my bum when I wipe. Doctor said my bloods were all normal now'],
      ['emergency', 'Both legs weak since Tuesday. The swelling in my ankle was gone by the weekend but the weakness is not'],
      ['emergency', 'Me operaron en 2023 y de repente no puedo orinar y no siento las nalgas'],
      ['emergency', 'Did leg day yesterday, today both legs are numb and I can barely walk'],
      ['emergency', 'Since a long meeting on Monday my bum and genitals are numb and it hasnt come back 2 days later'],
      ['emergency', 'The dog knocked him down the stairs and now both legs are numb and he wet himself'],
      ['emergency', 'This never-ending numbness in my groin and bum is scaring me'],
      ['emergency', 'Pain. Yes. Fever. No. Numb. Groin.'],
      ['emergency', 'Fever. No. Chills. No. Legs. Weak. Both.'],
      ['emergency', 'no he podido hacer del baño desde ayer, mucha presion en la vejiga'],
      ['emergency', 'Pee. Just. Comes. Out. Back pain. What do I do'],
      ['urgent', 'I have been shooting up since last year and now my back is killing me'],
      ['urgent', 'Im in college, I have a bad kidney infection and my back pain is awful'],
      ['none', 'I took a long nap and my back feels a bit better'],
      ['none', 'Ive taken a lot of pills over the years for my back'],
      ['none', 'Ya no voy a estar disponible el lunes'],
      ['none', 'I drive a forklift at work and my back hurts'],
      ['none', 'Mi mama no puede obrar, esta estreñida'],
    ];
    // The narrowed phrases are the rules' to hold; the statistical second opinion may still raise a message on its own.
    const got = (tier: string, text: string) => (tier === 'none' ? classifyByRules(rules, text).tier : tierOf(text));
    expect(cases.filter(([tier, text]) => got(tier, text) !== tier)).toEqual([]);
  });

  it('reads a phrase, an idiom and a decimal number within their sentence; takes a normal temperature, waking someone and ripping something up as no sign (round 21)', () => {
    expect(rulesTier('No. Feeling is normal down there.')).toBe('none');
    expect(tierOf('no feeling down there')).toBe('emergency');
    expect(rulesTier("I don't want to wake up my wife when I get up at night")).toBe('none');
    expect(tierOf("I don't want to wake up. my wife would be better off")).toBe('crisis');
    expect(rulesTier('nope no fever, temp is 36.8')).toBe('none');
    expect(tierOf('temp is 38.9 and my back hurts')).toBe('urgent');
    expect(tierOf('tengo 38 y medio de temperatura')).toBe('urgent');
    expect(rulesTier('elderly dog has lost control of his bladder')).toBe('none');
    expect(tierOf("tripped over the dog and now I can't control my bladder")).toBe('emergency');
    expect(rulesTier('was ripping up carpet all weekend, back is sore')).toBe('none');
    expect(tierOf('was ripping up carpet and now a sudden tearing pain between my shoulder blades')).toBe('emergency');
    expect(rulesTier('gardening is wrecking my back')).toBe('none');
    expect(tierOf('got in a bad wreck on the highway, back hurts')).toBe('emergency');
    expect(tierOf('my chest is sore on the left')).toBe('emergency');
    expect(rulesTier('me mee de la risa')).toBe('none');
    expect(tierOf('me mee y no me di cuenta')).toBe('emergency');
    // A whole clause of denial right after the sign's clause says no to it; a denial going on to more words does not.
    expect(rulesTier("my sister keeps asking if my bum is numb, it isn't, why does she keep asking")).toBe('none');
    expect(rulesTier("my mum had breast cancer, I haven't. I'm 38 with back pain")).toBe('none');
    expect(tierOf("my bum is numb, it isn't normal")).toBe('emergency');
    expect(tierOf("I can't feel my bum, I don't, I really don't know why")).toBe('emergency');
    expect(tierOf('I want to die. I dont.')).toBe('crisis');
  });

  it('keeps red flags the round 21 changes could hide (review): tearing pain, waking up, a rising temp, vehicle wrecks, a person beside a pet', () => {
    for (const text of ['feels like something tearing up my back, came on suddenly', 'ripping out pain between my shoulder blades all of a sudden',
      'wrecked my pickup last night, back pain', 'truck wreck on the interstate, my back hurts', 'fed the cats now cant feel my legs',
      'Perro y gato en casa, no siento nada entre las piernas y no puedo orinar', 'I have raynauds but this is different, my whole leg is suddenly cold pale and numb',
      'chasing the puppy both legs gave out', 'walking the dog both legs went numb'])
      expect(rulesTier(text), text).toBe('emergency');
    for (const text of ['i dont want to wake up the pain is too much', 'I dont want to wake up the kids are better without me', 'quiero dormirme y no despertar al dia siguiente', 'ya no aguanto quiero morir de pena y dolor'])
      expect(rulesTier(text), text).toBe('crisis');
    for (const text of ['my temp has been up since yesterday and my back hurts', 'temp spiked last night, back pain', 'me subio la temperatura y me duele la espalda', 'my temperature is a hundred and one and my back aches'])
      expect(rulesTier(text), text).toBe('urgent');
    expect(tierOf('both of my legs for the last two days numb')).toBe('emergency');
    expect(tierOf('both my legs are kind of really numb now')).toBe('emergency');
    // An infection long over is not recent; one just cleared still is.
    expect(rulesTier('had a bad kidney infection back in 2019, fully treated, no issues since. anyway my back is just stiff')).toBe('none');
    expect(tierOf('had a UTI last week, it cleared up but now my back really hurts')).toBe('urgent');
    expect(tierOf('tuve infeccion de orina la semana pasada, ya se me quito pero ahora me duele mucho la espalda')).toBe('urgent');
    // A sitting setting explains only saddle or both-legs numbness, and only while it is not said to be still there.
    expect(tierOf("I wet myself during the church service and didn't notice")).toBe('emergency');
    expect(tierOf('I lost control of my bladder in the board meeting today')).toBe('emergency');
    expect(tierOf('both legs went numb and weak during the long meeting and still are')).toBe('emergency');
    expect(tierOf('se me durmio la nalga en la misa y sigue dormida')).toBe('emergency');
    expect(rulesTier('my butt went numb in the long meeting')).toBe('none');
    // Words typed without spaces are read as the words of the rules they are made of.
    expect(rulesTier('nosientolaspiernasdesdelacinturaparaabajo')).toBe('emergency');
    expect(rulesTier('idontwanttobeherenomore')).toBe('crisis');
    expect(rulesTier('whatsagoodstretchforsciaticawhiledriving')).toBe('none');
    // A short gap leaves its sentence only from a fragment of one or two words.
    expect(rulesTier('I checked my chest. pain is in my back')).toBe('none');
    expect(tierOf('Chest. Pain.')).toBe('emergency');
    expect(tierOf('both legs. numb.')).toBe('emergency');
    expect(tierOf('Legs. Numb.')).toBe('emergency');
    expect(classifyByRules(rules, 'I scratch my legs till they bleed when the sciatica flares').signs).toContain('self_harm');
    for (const text of ['she wrecked her back lifting the couch', 'Im running a business and my back hurts', 'pain spiking down my leg when I sneeze', 'back is sore after chest day', 'had a pee accident laughing at my friend', 'temas'])
      expect(rulesTier(text), text).toBe('none');
  });

  it('keeps red flags the round 22 changes could hide (review): a sitting setting with the sign still there, a crash, a fall walked off, a recent infection; and no new false alarms', () => {
    for (const text of ['my butt went numb in a long meeting yesterday and the feeling still hasnt returned', 'since the church service sunday my bottom has been numb',
      'im still numb between my legs from sitting in the board meeting yesterday', 'both legs went numb in the board meeting and theyre numb right now',
      'se me durmieron las nalgas en la misa del domingo y todavia no las siento', 'i was in a total car crash last night, back and neck hurt',
      'mi papa se cayo del techo, ya camina bien', 'fever and i lost strength in my right leg', 'bothlegsnumb', 'cantfeelmylegs'])
      expect(rulesTier(text), text).toBe('emergency');
    expect(rulesTier('had a kidney infection last week, all good since, but back hurts')).toBe('urgent');
    expect(rulesTier('im 55 and my back hurts')).toBe('soon');
    for (const text of ['im 50 minutes away and my back hurts', 'im 52 and have had back pain for 20 years', 'my butt was numb during the drive but it went away. yes i do stretch every day',
      'i stood up suddenly and got lightheaded for a second, back aches', 'the new law is unconstitutional and my back hurts', 'newyearsresolutions', 'backpainremedy', 'my 6 year old is still wetting the bed most nights'])
      expect(rulesTier(text), text).toBe('none');
    expect(rulesTier('fever and chills, i have lost strength all over')).toBe('urgent');
  });

  it('reads a later resolution as about the body part or function it names (round 23, with the review)', () => {
    // A resolution said of something else does not set the sign aside.
    for (const [tier, text] of [
      ['emergency', "I can't feel the toilet paper when I wipe. Legs totally normal."],
      ['emergency', 'both legs went numb this morning. bladder back to normal'],
      ['urgent', 'calf on the left is puffy, hot and red. breathing totally normal.'],
      ['emergency', 'no siento las nalgas desde ayer. la respiracion ya esta bien'],
      ['emergency', 'Cant feel when I wipe since this morning. Everything else fine now.'],
      ['emergency', 'Sudden tearing pain in my back earlier. Pulse and bp back to normal now.'],
      ['emergency', 'Numb butt and both legs numb this morning. Peeing all good now'],
    ] as const)
      expect(rulesTier(text), text).toBe(tier);
    // Said of the sign's own family (pee and bladder, wiping and the saddle, chest and heart, legs and balance), or
    // of nothing, or of the sign's subject among others, it still does.
    for (const text of [
      'my butt went numb on the bike. bum totally normal after an hour', 'my leg fell asleep but its fine now', 'my calf was swollen and red last week. all gone now',
      "Couldn't pee after the epidural. Bladder totally normal now.", "Couldn't feel the toilet paper after the long drive. Down there all good now.",
      'Had chest pain last night. ER checked my heart, all good.', 'Both legs went weak when I stood up. Balance back to normal now.',
      'Numb bum after the ride yesterday. Legs and bum back to normal now.',
    ])
      expect(rulesTier(text), text).toBe('none');
    // The review's false alarms from round 23's new wordings stay none.
    for (const text of ['I work on the tracks for the railroad and my back hurts', 'Desde hace una semana no amanezco bien de la espalda', 'El dolor de la ciatica te mata poco a poco',
      'Ojala esta noche el dolor no me despierte', 'Painless ways to sleep with sciatica?', 'Look after your lower back for me', 'See you never, back pain! Feeling great after PT',
      'I put my dog with the sitter while I go to physical therapy', 'Tuve que quitarme de en medio para que pasara el carro', 'Is urinary retention a side effect of gabapentin?',
      "I don't feel the need to go to the ER", 'Ate nothing for 12 hrs and my back hurts', 'Me despierto sudando del calor', 'My calf is sore from hiking, I was huffing and puffing up the hill',
      'Thinking of jumping on the trampoline with my kids, is that bad for sciatica?', 'Esta noche voy, ya lo decidi, me voy a urgencias por la espalda'])
      expect(rulesTier(text), text).toBe('none');
  });

  it("reads a past time after a new clause of its own as that clause's, a past year as dating a sign told in the past, and takes round 24's look-alikes as no sign", () => {
    for (const text of ["I can't pee and I had back surgery years ago", "I can't pee and I had back surgery in 2012", 'no puedo orinar y me operaron hace años'])
      expect(rulesTier(text), text).toBe('emergency');
    for (const text of ["I couldn't pee years ago", 'couldnt feel my butt and my legs years ago after a fall',
      "I'm a Cancer lol, we're dramatic. my back hurts from carrying groceries up 3 flights", 'I have cabin fever from being stuck in the motel with this back but it\'s slowly easing',
      'haha my goat peed on me at the co-op fair and i didn\'t even feel it through my coveralls', 'me cagué del susto cuando sonó la bocina del ferry jajaja, la espalda está bien',
      'En 2018 no pude orinar un día por una hernia, me lo arreglaron en el hospital.', 'I had a bad car accident in 1998 and broke my back, fully healed.',
      'ciatica en las dos piernas y fue hace años',
      'saddle numbness in 1998 after a car crash', 'perdi el control de la vejiga en 2019', 'my legs fell asleep and then they were fine',
      'tore my hoodie bending over and my back twinged', 'Thanks for the tips, its been nice talking to you!', "I'm moving next month and giving my stuff away",
      'the hose to the exhaust was loose so I was under the car and hurt my back', 'me sobe la espalda con el rodillo hasta dejarme moretones', 'I have new shoes so thick I cant feel the floor lol'])
      expect(rulesTier(text), text).toBe('none');
    // The review of round 24: set-aside words, idioms, resolutions and years that hid real red flags now do not.
    for (const text of ['Both legs went numb this morning. Yesterday they were fine.', 'sudden worst back pain of my life, came on in like one second, I feel faint and my shirt is soaked in sweat',
      'Sudden tearing pain in my back going through to my chest while I was pulling on my jeans', 'tearing pain in my upper back that started at yoga, feel faint and sweaty',
      "I'm sitting on the floor, both my legs went numb and I cant get up", 'I cant feel my legs. Will I make a full recovery?', 'i cant pee, my incision healed fine',
      'the tingling down both legs came back when i moved, worse than before', 'I lost control of my bowels, scared me', 'numb between my legs since my fall in 2013',
      'me operaron en 2024 y no siento las nalgas', 'my L4 L5 fusion in 2008 failed and I cant control my bladder', 'I lost bladder control in 2013 and it came back this week',
      "I can't pee and my back surgery was years ago", 'No siento las nalgas y la cirugia fue hace años', 'the horse threw me and now I can\'t feel my legs'])
      expect(rulesTier(text), text).toBe('emergency');
    // The review of the mends: a sign told in the past is often a new emergency ("today he lost control"), so the
    // tense never dates it; a past time before the sign speaks for its own clause when "and"/"y" starts the sign's.
    for (const text of ['my dad had back surgery in 2019 and today he lost control of his bladder', 'me operaron en 2019 y hoy no pude orinar en todo el dia',
      'I just lost control of my bladder and I had back surgery 3 years ago', 'se me durmieron las dos piernas y me operaron hace 2 años', 'both legs numb since my fall in 2016',
      'I had a fusion in 2020 and this morning I couldn\'t pee at all', 'I lost bladder control in 2025 and it never got better', 'room is in 2014 block B, I lost bladder control an hour ago'])
      expect(rulesTier(text), text).toBe('emergency');
    for (const text of ['en 2020 pense en matarme y ahora lo vuelvo a pensar', 'the voices told me to go jump off the bridge and i think i will', 'going to stop chemo and let it end',
      'i lost my job in 2025 and i want to kill myself', 'I tried to kill myself in 2019 and now I have a plan'])
      expect(rulesTier(text), text).toBe('crisis');
    // The third review: a crisis told in the present is never dated; a comparison is not a date; a run-on past
    // clause before the sign is its own; "desde hace anos no siento" keeps its own "no".
    for (const text of ['I want to kill myself I tried last year', 'me quiero morir lo intente el año pasado', 'intente matarme en 2019 quiero morir',
      'i want to die like i did last year', 'I want to kill myself. im ok now', 'hoy estoy bien pero esta noche me voy a matar'])
      expect(rulesTier(text), text).toBe('crisis');
    for (const text of ['I can\'t pee like years ago', 'desde hace años no siento las nalgas', 'I had surgery in 2010 I cant pee', 'me operaron en 2010 no puedo orinar',
      'both my legs are numb my fusion was in 2012', "I couldn't pee years ago. Now same thing", 'I cant pee and I had that 6 years ago', 'after my fall in 2015 I can\'t feel my legs'])
      expect(rulesTier(text), text).toBe('emergency');
    for (const text of ['I used to think about suicide a lot when the pain was at its worst. That was 4 years ago.', 'years ago I couldn\'t pee', 'I tried to kill myself years ago'])
      expect(rulesTier(text), text).toBe('none');
    // The safe side of it: an emergency or crisis is dated only by a time right beside it, so a past story told
    // with its time further off reads as current (the reviews found run-on messages hiding current signs that way).
    for (const text of ['5 years ago I slipped a disc and both legs went numb', "I couldn't pee for a day and I had surgery for it 5 years ago", 'Back in 2011 I had emergency back surgery because I couldn\'t pee. Full recovery. Now I just want tips'])
      expect(rulesTier(text), text).toBe('emergency');
    for (const text of ['both legs numb had surgery years ago', 'I lost control of my bladder I had surgery years ago', 'perdi el control de la vejiga me operaron hace años',
      'surgery was in 2018 couldnt pee all day', 'years ago i hurt my back cant pee', 'cant pee worse than last year', 'both legs gave out like it did in 2015',
      'numb down there a few years ago i had surgery', 'both legs numb had it in 2015'])
      expect(rulesTier(text), text).toBe('emergency');
    for (const text of ['I cut myself I stopped years ago', 'I cut myself like I used to', 'I used to self harm and I relapsed'])
      expect(rulesTier(text), text).toBe('crisis');
    for (const text of ['I want to kill myself because it hurt my back so much for years', 'honestly I can go jump off a bridge, no one would care', 'I need to get something off my chest. I have a plan to end my life'])
      expect(rulesTier(text), text).toBe('crisis');
    expect(rulesTier('Im a cancer patient with new back pain')).toBe('urgent');
    expect(rulesTier('dolor entre las paletas desde hace tiempo, no fue de repente')).toBe('soon');
  });

  it('never cancels signs that are negative by nature', () => {
    expect(tierOf('i cant pee')).toBe('emergency');
    expect(tierOf('no puedo orinar')).toBe('emergency');
    expect(tierOf('no siento nada cuando me limpio')).toBe('emergency');
    expect(tierOf('havent peed all day')).toBe('emergency');
  });

  it('treats idioms as non-crisis but real intent as crisis', () => {
    expect(tierOf('this pain is killing me')).toBe('none');
    expect(tierOf('este dolor me esta matando')).toBe('none');
    expect(tierOf('i would kill for a massage')).toBe('none');
    expect(tierOf('im not suicidal, just tired of this')).toBe('none');
    expect(classify(rules, 'this pain is killing me and i want to die')).toMatchObject({ tier: 'crisis', rule: 'self_harm' });
    expect(tierOf('no quiero vivir mas')).toBe('crisis');
    expect(tierOf('im not ok i want to die')).toBe('crisis');
  });

  it('lets the highest tier win when several signs appear', () => {
    expect(classify(rules, 'fever and i cant pee')).toMatchObject({ tier: 'emergency', rule: 'ces_bladder' });
    // Every sign found is kept for the page, the deciding one first.
    expect(classify(rules, 'fever and i cant pee').signs).toEqual(['ces_bladder', 'fever']);
    expect(tierOf('i want to die and i cant feel my legs')).toBe('emergency');
    expect(classify(rules, 'lost weight and had a fever')).toMatchObject({ tier: 'urgent', rule: 'fever' });
  });

  it('keeps a sign said to be happening now, even with a past-time cue nearby; a past sign alone is over', () => {
    expect(classify(rules, 'both my legs are shooting pain now, it used to be just the right one').tier).toBe('emergency');
    expect(classify(rules, 'both my legs went numb years ago, it used to scare me').tier).toBe('none');
  });

  it('reads a question cue before a sign within its sentence only; one after a question mark still counts', () => {
    expect(tierOf("doc told me if I ever couldn't pee to go straight in. well. I can't pee. back's shot.")).toBe('emergency');
    expect(tierOf("if I ever couldn't pee, would I need surgery?")).toBe('none');
    expect(tierOf('can a slipped disc make you pee yourself? just curious, mine is fine')).toBe('none');
    // Said to be happening after the question, a sign is not only asked.
    expect(tierOf("What if I can't feel myself wipe? Because that's happening right now")).toBe('emergency');
    expect(tierOf('what happens if you cant feel the toilet paper? asking because it is happening to my dad')).toBe('emergency');
  });

  it('reads a question about a sign as asked only before it, up to a turn, and not when the sign is said after it to be happening (round 25)', () => {
    // After a sign, one asks about one's own.
    for (const text of ["I can't feel my butt, what is that", 'both legs are weak, what is that', 'cant feel my butt when i wipe, what does it mean',
      'cant feel my butt when i wipe, what kind of doctor do i need', 'no siento las nalgas, que quiere decir', 'tengo las dos piernas debiles, seria grave?',
      'my legs both gave out, is it dangerous', 'se me salió la pipi sin darme cuenta, qué pasa si espero a mañana?', 'i cant feel my privates. what if its serious'])
      expect(tierOf(text), text).toBe('emergency');
    // Before it, up to a turn ("but", "pero", "now") and unless said after it to be happening.
    for (const text of ['doc said if i cant pee go to er and now i cant pee', 'dicen que es ciatica pero no siento las nalgas y no puedo orinar',
      'is it dangerous that i cant pee since yesterday', 'what should i do if my husband cant feel his legs right now', 'es peligroso que no pueda orinar desde ayer',
      'can you explain why i cant feel myself peeing since the fall', 'i heard that its just sciatica but i cant feel my privates and i cant pee'])
      expect(tierOf(text), text).toBe('emergency');
    // A disclaimer after someone else's sign is the texter's, not theirs.
    for (const text of ['my husband cant feel when he wipes. I dont have that, I just have sciatica', 'mi esposo no siente las nalgas, yo no lo tengo pero el si'])
      expect(tierOf(text), text).toBe('emergency');
    // Still only asked.
    for (const text of ['is it dangerous if you cant pee with sciatica?', 'what does it mean when you cant feel your butt', 'Is sciatica in both legs worse than one?',
      'hipotéticamente, si se me durmieran las dos piernas, ¿me dirían que vaya a urgencias?', 'qué pasa si alguien con ciática de repente no puede orinar? es para un curso de primeros auxilios',
      'can a slipped disc make you pee yourself? just curious, mine is fine'])
      expect(rulesTier(text), text).toBe('none');
    // The second review: a question told of one's own sign ("that i", "que no pueda"), a turn by a joiner and an owner
    // ("y yo no puedo"), a disclaimer after one's own sign, and what one says after it ("and i have that").
    for (const text of ['is it dangerous that i cant pee', 'what does it mean when i cant feel myself pee', 'es peligroso que no pueda orinar',
      'dicen que si no puedes orinar es grave y yo no puedo orinar', 'i cant feel when i wipe, just curious if thats normal', 'both my legs are going weak and numb just asking',
      'the leaflet says numbness between the legs is serious and i have that', 'grandma cant feel when she wipes, i dont have that', 'mi viejo no siente las nalgas, yo no lo tengo'])
      expect(tierOf(text), text).toBe('emergency');
    for (const text of ['i tried to kill myself years ago and im thinking about it again now', 'de joven me cortaba y volvi a hacerlo'])
      expect(rulesTier(text), text).toBe('crisis');
    // ...and what still reads as only asked, or as someone passing on what they heard.
    for (const text of ['si algun dia se me duermen las dos piernas que hago', 'if my legs went numb would that be bad? they havent, just asking',
      'my husband wants to know if both legs going numb is serious, just curious', 'what happens if you cant pee and i cant sleep either',
      'que pasa si no puedo orinar? no me ha pasado nunca, solo pregunto', 'what if both legs go numb my sciatica is only in my left leg now',
      'In the novel I\'m reading the character can\'t feel anything down there after a back injury. Is that realistic?',
      'vi en la tele que el dolor de espalda con las piernas dormidas es emergencia. lo mio es un dolor normal nomas'])
      expect(rulesTier(text), text).toBe('none');
    // The review's crisis talk, and the round's new wordings kept to what they mean.
    for (const text of ['my husband wants to end his life because of the pain', 'vale la pena seguir viviendo con este dolor?', 'my brother texted me goodbye and isnt answering',
      'im pregnant and the pain is so bad i sometimes think about just walking into traffic', 'ya hice mi testamento y regalé casi todo, me siento tranquilo, por fin'])
      expect(rulesTier(text), text).toBe('crisis');
    for (const text of ['hard landing on my flight yesterday and my back has hurt since', 'I walk in front of the class all day and my back aches',
      'the train didnt come so i stood for 40 minutes and my back is killing me', 'regale todo lo del bebe porque ya no puedo cargar cosas pesadas',
      'voy a saltar en paracaidas el mes que viene', 'I was slouching all day, didnt know i was doing it until my wife told me',
      'que pasa si se me duermen las nalgas, pues si me preocupa', 'cuanto cobraria el seguro si voy a fisioterapia'])
      expect(rulesTier(text), text).toBe('none');
  });

  it("sets aside a pet's sign when the pet is its subject, and only then", () => {
    expect(tierOf("my dog can't hold his bladder anymore, any idea who I should ask?")).toBe('none');
    expect(tierOf("our cat's back legs are weak, vet says arthritis")).toBe('none');
    expect(tierOf("I can't hold my bladder anymore, any idea who I should ask?")).toBe('emergency');
    expect(tierOf("I'm 78 and tripped over the cat, landed on my bottom, and my back has hurt ever since")).toBe('urgent');
    expect(tierOf('put my dog up for adoption today, got the rest of the pills ready')).toBe('crisis');
    expect(tierOf('my dog will be better off without me')).toBe('crisis');
  });

  it('keeps a pet as the subject further back in its sentence until a person is named between', () => {
    expect(tierOf('mi perro arrastra las patas de atras y se hizo pipi, esta viejito')).toBe('none');
    expect(tierOf('the dog knocked me over on the stairs and now I cant pee')).toBe('emergency');
    expect(tierOf('My dog is 14 and fine. I cant control my bladder since yesterday')).toBe('emergency');
  });

  it("sets a sign aside by its rule's own phrases in the sign's sentence only, never after a negation word", () => {
    expect(tierOf('lost 12 lbs on purpose with keto, back feels better')).toBe('none');
    expect(tierOf('lost 12 lbs this month, not dieting, and my back aches')).toBe('soon');
    expect(tierOf('I have lost 15 pounds since summer and my back aches. I started a diet on purpose last week.')).toBe('soon');
    expect(tierOf('my toddler wet the bed again lol, what is the best pillow for side sleepers')).toBe('none');
    expect(tierOf('I wet the bed like a toddler last night and my back is killing me')).toBe('emergency');
  });

  it("joins a part to the sign's own next word even when that word would say it is fine", () => {
    expect(tierOf('both legs dont want to work since this morning')).toBe('emergency');
    expect(tierOf('my legs work fine, the pain is just in my back')).toBe('none');
  });

  it('separates calf alone (urgent) from calf with breathlessness (emergency)', () => {
    expect(classify(rules, 'my left calf is swollen and red')).toMatchObject({ tier: 'urgent', rule: 'calf_clot' });
    expect(classify(rules, 'my left calf is swollen and im short of breath')).toMatchObject({ tier: 'emergency', rule: 'lung_clot' });
  });

  it('needs fever together with leg weakness for the emergency', () => {
    expect(classify(rules, 'fever and back pain').tier).toBe('urgent');
    expect(classify(rules, 'fever and my leg is weak')).toMatchObject({ tier: 'emergency', rule: 'fever_neuro' });
  });

  it('asks one yes/no question on an unclear cauda equina hint', () => {
    expect(classify(rules, 'something feels weird down there')).toEqual({ tier: 'none', rule: null, ask: { rule: 'ask_saddle' } });
    expect(classify(rules, 'algo raro al orinar').ask).toEqual({ rule: 'ask_bladder' });
    expect(classify(rules, 'tengo fiebre y siento raro alla abajo')).toMatchObject({ tier: 'urgent', ask: { rule: 'ask_saddle' } });
  });

  it('does not ask when the tier is already emergency or crisis', () => {
    expect(classify(rules, 'my bladder feels funny and i cant pee').ask).toBeUndefined();
    expect(classify(rules, 'something weird down there and i want to die').ask).toBeUndefined();
  });

  it('keeps chest pain and a tearing pain told as earlier today or yesterday, unless explained (rules marked recent, round 27)', () => {
    for (const text of [
      'random chest pain for like 10 min this morning, gone now. prob nothing right',
      'had a squeezing feeling in my chest during service tonight, went away after i sat down',
      'tuve un dolor en el pecho anoche pero ya se me paso',
      'sudden tearing pain in my back last night, it eased by morning',
    ])
      expect(rulesTier(text), text).toBe('emergency');
    for (const text of [
      'had chest pain this morning, went to the ER and they said it was reflux, all good now',
      'Had chest pain last night. ER checked my heart, all good.',
      'had chest pain years ago, all good now. my back is what hurts',
      'el ano pasado tuve dolor de pecho pero era gastritis',
      // No time of day: a resolution cue still sets it aside, as for every other sign.
      'i stood up suddenly and got lightheaded for a second, back aches',
    ])
      expect(rulesTier(text), text).toBe('none');
  });

  it('reads an over cue whose clause names another complaint as about that complaint, not the sign (context.complaints, round 27)', () => {
    expectRulesTiers([
      ['I cant pee, the back pain is all better', 'emergency'],
      ['I cant feel my butt when I wipe. The back pain went away with ibuprofen though.', 'emergency'],
      ['no siento las nalgas al limpiarme. El dolor de espalda ya se me quito con la pastilla.', 'emergency'],
      ['Hola. Me quiero matar, ya se me quito el dolor de espalda, no es por eso.', 'crisis'],
      ['Hey. My calf is swollen and I am short of breath, the cough is all better though.', 'emergency'],
      // An over cue about the sign itself still sets it aside.
      ['couldnt feel my butt after the long drive, back to normal now', 'none'],
      ['my legs went numb on the bike, all better now, back pain is the same', 'none'],
      // The complaint named with the sign is its cause, and the cue says the sign went too (review of round 27).
      ['I couldnt hold my pee when I had that awful cough, the cough is all better and no more leaks', 'none'],
      ['con la tos se me salia la orina, ya se me quito la tos', 'none'],
      ['couldnt feel my butt after the long drive, back pain and numbness all gone now', 'none'],
      // An explanation explains the sign, whatever it names; self-harm talk told in the past stays over (fifth review).
      ['Had chest pain at lunch. The ER said it was heartburn from the cough and sent me home.', 'none'],
      ['I was depressed and thought about killing myself. That went away once my back pain got treated.', 'none'],
    ]);
  });

  it('reads a resolution said to be only partly, a joke taken back and an answer to the line question as current (round 28)', () => {
    expectRulesTiers([
      // context.partly: a resolution cue followed by "a little", "un poco"... ending its clause or before a turn.
      ['la semana pasada estuve a punto de tomarme todas las pastillas, ya se me pasó un poco, creo', 'crisis'],
      ['numb butt and groin since yesterday, went away a bit', 'emergency'],
      ['the chest pain went away a little but its still there, going into my back', 'emergency'],
      // A hedged resolution ("I think", "creo") is no resolution (round 29, set AC).
      ['2 days ago I couldnt feel myself poop, today it\'s back to normal I think, but my back still hurts and my leg', 'emergency'],
      // Hedged right before the resolution too (round 31, set AE), and only then.
      ['both my legs went numb for a while this afternoon, I think they\'re fine now', 'emergency'],
      ['had trouble starting to pee last night but it seems better now?', 'emergency'],
      ['both my legs went numb for a while this afternoon, they\'re fine now', 'none'],
      // Not when a past time near the sign dates it, nor for an amount word before the cue ("walked a little then").
      ['Had sciatica in both legs during my pregnancy 6 years ago, i think it resolved after delivery. right now just a stiff back', 'none'],
      ['my butt went numb on the drive to my moms today, got out and walked a little then totally normal, back just stiff', 'none'],
      ['se me durmieron las dos piernas hoy, creo que ya se me quito', 'emergency'],
      // Only of a resolution said of now (round 31, fourth review): an old episode doubted is still over.
      ['both legs went numb at lunch, I think they\'re fine now', 'emergency'],
      ["after my son was born I couldn't pee, I think it went away by itself. he is 25 now", 'none'],
      // Someone else named between a disclaimer and the sign, with no "if": their sign is told, not asked.
      ['just curious my grandpa is leaking pee and cant feel it', 'emergency'],
      ['for my nursing class the patient i care for cant feel when she wipes', 'emergency'],
      ['hypothetically if my mom couldnt feel when she wipes what would that mean', 'none'],
      // "resolved to" is a decision, not a resolution.
      ['Forgive me for writing. I have resolved to take my own life rather than endure this pain any longer.', 'crisis'],
      // Not when the cue is followed by its time ("fine after a bit").
      ['I couldnt pee after drinking too much, fine after a bit, my headache too lol', 'none'],
      // A joke cue taken back by words saying it is really so.
      ['lol ya me quiero matar, jk... no really. I\'m tired of this', 'crisis'],
      ['my back is so bad i want to die lol jk but seriously what stretches help', 'none'],
      // Words saying it is happening may end the sign's own words, after a question about it.
      ['I mean yeah, when you asked if I can feel the toilet paper - not really, kinda muffled', 'emergency'],
      ['for my nursing class: what does it mean if sciatica flared up in both legs at once?', 'none'],
    ]);
  });

  it('reads a resolution whose subject right after a turn is another body part as about that part (round 28)', () => {
    expect(rulesTier('i have a fever and chills and my back hurts but my legs feel totally normal')).toBe('urgent');
    // Not a condition ("pero al caminar"): the resolution is the sign's.
    expect(rulesTier('se me durmió un poco la pierna izquierda en el carro pero al caminar se me quitó')).toBe('none');
  });

  it('keeps saddle numbness told as earlier today or yesterday unless explained or from sitting (recent, round 28)', () => {
    // Round 23 read "Couldn't feel the toilet paper yesterday. Down there all good now." as over; a new sign that eased counts (brief).
    for (const text of ['couldnt feel when i wiped yesterday, went back to normal', 'numb between my legs last night, fine after a while', "Couldn't feel the toilet paper yesterday. Down there all good now."])
      expect(rulesTier(text), text).toBe('emergency');
    for (const text of ['my butt went numb on the bike this morning, gone now', 'numb bum yesterday after a 5 hour drive, gone now', 'bum went numb at church this morning, fine now'])
      expect(rulesTier(text), text).toBe('none');
    // A cause only lets a resolution speak; alone it sets nothing aside (context.causes).
    expect(rulesTier('ER is an hour drive from me and since this morning my groin and butt are numb')).toBe('emergency');
  });

  it('sets aside a sign negative by nature only by a phrase of its rule that holds its words (round 28)', () => {
    expect(classify(rules, 'i cant go on like this').tier).toBe('crisis');
    expect(classify(rules, 'i cant go, been trying all day, back is killing me').tier).toBe('emergency');
  });

  it('reads the shapes set AD taught, in other words (round 30)', () => {
    expectRulesTiers([
      // Being tired of existing, a gun out or loaded beside one, pills looked at after drinking.
      ['so tired of existing, my back never lets up', 'crisis'],
      ['took the revolver out again and just sat with it', 'crisis'],
      ['tengo la pistola cargada aqui al lado', 'crisis'],
      ['drank most of a bottle and now im looking at my pills', 'crisis'],
      // A heavy thing come down on the back; a tearing pain that went in minutes (a fresh episode: next case).
      ['a tree limb came down on my back at work, legs feel odd', 'emergency'],
      ['had a tearing pain in my back, went away after a few minutes but I still feel off', 'emergency'],
      // A recent rule's episode whose resolution says it lasted minutes is a fresh one, in its sentence or the next.
      ['Sudden ripping pain from my chest through to my back. It went away after 10 min.', 'emergency'],
      // Unless a harmless cause is named near it (context.causes).
      ['My butt went numb on the drive. It went away after 10 min.', 'none'],
      // Urgent shapes: after a spine injection (ESI), mono, strength lost in one leg.
      ['post ESI last week and now new numbness in my left foot', 'urgent'],
      ['got over mono two weeks ago and now my back is killing me', 'urgent'],
      ['lost some strength in my left leg since monday', 'urgent'],
      ['paciente de 61 años con dolor lumbar de inicio reciente', 'soon'],
      // Look-alikes: negated tearing, an ice pack, a race, a novel, a gym word; "moño" and "mono" are not mononucleosis.
      ['nothing ripping or tearing, just sore', 'none'],
      ['my toes went pale and cold from the ice pack, warmed back up fine', 'none'],
      ['legs wobbly after my first 5k race, normal?', 'none'],
      ['reading a novel where someone gets a tearing pain in the back', 'none'],
      ['ripped from the gym finally, back a bit tight', 'none'],
      ['hasta el moño de la ciática', 'none'],
      ['que mono tu perrito, me duele la espalda', 'none'],
      // A fall told in the past ("fell", "se cayo") is dated by a year beside it; today's is not.
      ['my grandpa says in 1968 he fell off a barn roof and broke his back, he just wanted to tell you', 'none'],
      ['today my grandpa fell off the barn roof and his back hurts', 'emergency'],
      // A gun taken out for another reason is no sign.
      ['i got my gun out of the safe to clean it', 'none'],
    ]);
  });

  /** By the rules alone: each of `none` classified none, and each [text, tier] of `kept` at that tier (texted, or spoken with `speech`). */
  const expectTiers = (none: readonly string[], kept: ReadonlyArray<readonly [string, Tier]>, speech = false) => {
    for (const text of none) expect(classifyByRules(rules, text, speech).tier, text).toBe('none');
    for (const [text, tier] of kept) expect(classifyByRules(rules, text, speech).tier, text).toBe(tier);
  };

  it('reads a general question about a sign as only asked: one that opens as a question, names no one and asks nothing of one\'s own (round 33)', () => {
    const none = [
      'is foot drop permanent?',
      'Is foot drop usually permanent or does it get better after surgery?',
      'would numbness around the butt be an emergency? asking before it happens',
      '¿qué es la anestesia en silla de montar? lo leí en el folleto',
      'what does foot drop mean? my uncle had it years ago',
    ];
    // One's own (an owner or a personal word, in the question or after it), a fact after a factive word, or no opener: the sign.
    expectTiers(none, [
      ['is foot drop permanent? i have it right now', 'emergency'],
      ['is it normal to have numbness between my legs?', 'emergency'],
      ['is it dangerous that both legs are numb?', 'emergency'],
      ['es grave tener fiebre con dolor de espalda?', 'urgent'],
      ['por que se me doblan las rodillas? me duele la espalda y ya me he caido', 'emergency'],
      ['can back pain cause a fever? i have 100.6 and my back is killing me', 'urgent'],
      ['foot drop?', 'emergency'],
      // The red-team review's: a general-sounding question about a sign one has, or someone with them has.
      ['is saddle numbness always an emergency? mine just started', 'emergency'],
      ['is a blue cold foot with back pain something urgent? my moms foot just went like that', 'emergency'],
    ]);
  });

  it('sets aside sweats, a colour and a swollen calf with an everyday cause in their sentence, and only those (round 33)', () => {
    const none = [
      'sweating at night because we have had a heat wave and no AC, back pain is the same as usual',
      'sudo en la noche porque hace un calor horrible aqui, la espalda es lo de siempre',
      'my legs look blue but it is the dye from my new jeans, it washes right off',
      'my calf is red and swollen around a wasp sting, you can see the sting mark',
    ];
    expectTiers(none, [
      ['night sweats and a fever of 101 with my back pain', 'urgent'],
      ['tengo calentura y me duele la espalda siento mucho calor', 'urgent'],
      ['my calf is swollen, red and warm and sore, no bite that I can see', 'urgent'],
      ['I have raynauds but this is different, my whole leg is suddenly cold pale and numb', 'emergency'],
    ]);
  });

  it('reads a fever, a crash and chills in another sense as idioms, and "on tv" as a disclaimer only when it says what was seen (round 33)', () => {
    const none = [
      'got world cup fever, been sitting watching games all day and my lower back is stiff',
      'my laptop crashed and I threw my back out reaching under the desk',
      'that song gives me chills every time, my sciatica is a bit better',
      'on tv they said a ripping pain in the back can be your aorta. what is the aorta',
    ];
    expectTiers(none, [
      ['fever of 102 and my back hurts, world cup on tv all day', 'urgent'],
      ['I crashed my car on the highway and my back is killing me', 'emergency'],
      ['I have chills and night sweats with this back pain', 'urgent'],
    ]);
  });

  it('reads "if someone ever" as a question and a past told by an age, a decade or "long ago", not a sign told with them (round 33)', () => {
    const none = [
      "if my dad ever can't pee, should he go to the ER? he is fine now",
      'si alguna vez tuviera fiebre con dolor de espalda, tengo que ir a urgencias?',
      "my brother had sciatica in both legs when he was 30, he's 40 now and totally fine",
      'my back surgery was decades ago and I could not pee for a day after it, all normal since',
      'tuve sudores nocturnos en la menopausia, eso fue hace mucho',
    ];
    expectTiers(none, ['my dad cant pee since this morning, if he ever gets worse what do we do', 'when he was 30 he had a fall, now his legs are weak and he cant pee', 'hace mucho que no puedo orinar bien'].map((text) => [text, 'emergency'] as const));
  });

  it('reads the answer a later sentence gives to a question about a sign: happening is one\'s own, a no sets it aside (round 34)', () => {
    const none = [
      'are night sweats a bad sign with back pain? i dont get night sweats',
      'can a slipped disc make your calf swell? mine isnt swollen at all',
      'is foot drop serious? my feet work fine',
      'can you lose bladder control from sciatica? i pee fine',
      'what is foot drop? the surgeon brought it up, my feet are fine',
      'do you need the er if both legs go weak? mine are fine',
      'should i worry if i have a fever with back pain? no fever here',
    ];
    expectTiers(none, [
      // Happening, said after the question, also without a question mark or with a no that is the sign's own.
      ['is it an emergency when your bum goes numb? mine has been since lunch', 'emergency'],
      ['what happens if you cant hold your poop? it started an hour ago for my husband', 'emergency'],
      ['que pasa si uno no puede orinar? llevo desde anoche sin poder', 'emergency'],
      ['is one leg going weak normal after a spine injection? i have it now', 'urgent'],
      ['what if my legs keep giving way. happening since this morning', 'emergency'],
      ['is it bad if you cant feel the toilet paper? i dont feel it at all', 'emergency'],
      // A no about another part, a question that dates or tells the sign, a no to something else, self-harm talk.
      ['is fever with back pain serious? had 39 last night. my legs feel fine', 'urgent'],
      ['chest pain since this morning, could it be my back? no idea', 'emergency'],
      ['does it matter that both my legs are numb? none of it helps', 'emergency'],
      ['can a disc cause both legs to go numb? i dont have a car to get to the er', 'emergency'],
      ['is it normal to want to die from the pain? not me', 'crisis'],
    ]);
  });

  it('catches crisis, emergency and urgent wordings learnt from set AH and a crisis review, and sets aside their look-alikes (round 34)', () => {
    const none = [
      'checking out the stretch videos now, thanks',
      'whats the max dose of tylenol per day for back pain',
      'almost pissed myself laughing at that meme, back is ok',
      'so embarrassed i want to die, i tripped in front of my whole class',
      'when should i worry about bladder problems with sciatica?',
      'im not having any thoughts of hurting myself, just tired of the pain',
      // "por accidente", "by accident": how it happened, not a crash ("me cai del techo por accidente" stays a fall).
      'me queme la pierna con el heating pad por accidente, que me pongo',
      'went to sleep and didnt wake up till noon, best sleep in ages',
      'giving away my old desk chair since the new one is better',
    ];
    const crisis = [
      'i bought some rope yesterday so dont bother with the exercises',
      'swallowed the rest of my oxycodone an hour ago',
      'im such a waste of space in this bed',
      'how deep would i need to cut',
      'is 50 tramadol enough',
      'she hopes she doesnt wake up tomorrow, the pain is so bad',
      'compre una soga ayer',
      'my dad keeps saying he wants to join my mom, she passed last year',
    ];
    const emergency = [
      'mi pie esta dragging desde ayer',
      'i cant lift the front of my foot since this morning',
      'la ciatica se me paso a las dos piernas',
      'me mease encima en el trabajo y no me di cuenta',
      'no tengo ereccion y siento adormecido ahi desde la caida',
      'fell off the hayloft and my back is bad',
      'me cai del techo por accidente y me duele mucho la espalda',
    ];
    expectTiers(none, [
      ...crisis.map((text) => [text, 'crisis'] as const),
      ...emergency.map((text) => [text, 'emergency'] as const),
      ['ivdu and new back pain', 'urgent'],
      ['on pred for years, now my back hurts', 'urgent'],
      ['wt loss of 12 lb and back pain', 'soon'],
      ['anoche sude tanto que empape las sabanas', 'urgent'],
      ['does anyone else lose feeling in the saddle area? same here since last night', 'emergency'],
    ]);
  });

  it('catches wordings learnt from set AI and two reviews, reads a negated "it happens to me" as no, and sets aside their look-alikes (round 35)', () => {
    const none = [
      'my wife laughed so hard she nearly peed her pants at the show',
      'giving away my old treadmill cause im moving next month, ok to lift it?',
      'i could sleep forever after these muscle relaxers lol',
      // A reactivation cue right after a negation ("no me pasa a mi") does not answer the question as happening.
      'can you lose control of your bladder from a disc? no me pasa a mi, es para saber',
    ];
    expectTiers(none, [
      ['been slicing my arms again when the pain spikes', 'crisis'],
      ['estoy cansado de estar vivo con este dolor', 'crisis'],
      ['idc if i die at this point', 'crisis'],
      ['can you lose control of your bowels from sciatica? asking because it just happened to me', 'emergency'],
      ['no siento nada ni el chorro cuando orino', 'emergency'],
      ['my grandpa is panting for breath and his calf is swollen', 'emergency'],
      ['on immune suppressing meds for crohns and my back is killing me', 'urgent'],
      ['she wakes every night with the back pain and moving around does nothing', 'soon'],
    ]);
  });

  it('catches wordings learnt from set AJ and sets aside its hypotheticals and jokes (round 36)', () => {
    const none = [
      'just in case, what do I do if my sciatica ever goes down both legs?',
      'se me durmió la pierna sentado en el piso pero ya volvió',
      'my husband says I have no feeling down there, he means emotionally lol',
      // What the round's first phrases would have read too widely.
      'what exercise would actually do it for my back',
      'I woke up drenched out of nowhere',
      'I have no urge to go to the gym with this back',
      'my pants were wet from the rain and my back aches',
      'me siento mejor sin el cinturón',
      'cuts on my legs from shaving, back still sore',
      'thinking about jumping rope for cardio',
      'tengo la ropa interior mojada de sudor',
    ];
    expectTiers(none, [
      // "como si se me" is a simile, not "what if".
      ['como si se me rasgara la espalda, de repente', 'emergency'],
      ['have a plan and the means, tonight', 'crisis'],
      ['SI thoughts most days now', 'crisis'],
      ['a truck hit us on the highway and my back is wrecked', 'emergency'],
      ['no urge to pee all day and my lower belly feels full', 'emergency'],
      ['my pants were wet when I got up and I never felt it', 'emergency'],
      ['mi abuela regaló sus joyas y dice que ya no las va a necesitar', 'crisis'],
      ['dice mi mamá que estamos mejor sin ella', 'crisis'],
      ['how do you know if your bladder is full? I cant tell anymore', 'emergency'],
      ['my right leg started too, same pain same path as the left', 'emergency'],
      ['both my legs keep getting zapped', 'emergency'],
      ['i got the gun out and im sitting with it', 'crisis'],
      // The back of a leg named beside the seat, and a numbness that came back ("ya volvió"), are still signs.
      ['tengo dormidas las nalgas y la parte de atrás de la pierna', 'emergency'],
      ['ya volvió el adormecimiento de las nalgas', 'emergency'],
      ['la pierna se me debilitó desde ayer', 'urgent'],
    ]);
  });

  it('catches wordings learnt from set AK and sets aside its hearsay, stories and everyday causes (round 37)', () => {
    const none = [
      // "sentada" (seated) is no typo of "sentadera" (the seat).
      'a mi prima se le hormiguea la pierna sentada en la oficina y se le quita al caminar',
      'my coworker said sciatica can make you lose control of your bladder, is that true?',
      'mi comadre dice que la ciática te puede dejar sin sentir las nalgas',
      'in a story im writing the main guy cant pee',
      'why do they always say que chest pain es emergency',
      // Pain that stops a foot on a pedal is no weakness.
      'my back hurts so much i cant push the gas pedal',
    ];
    expectTiers(none, [
      ['no warning before a poop anymore, it just happens', 'emergency'],
      ['tengo el escroto dormido desde ayer', 'emergency'],
      ['sat on the pot half an hour and nothing came', 'emergency'],
      ['my old fella dont work and its numb since the fall off the couch', 'emergency'],
      ['my leg is so weak i cant push the gas pedal', 'emergency'],
      // A leg weak on the pedal but working is new weakness, not severe.
      ['my left leg feels weak when I push the gas pedal, since this morning', 'urgent'],
      ['i wrote my obituary last night', 'crisis'],
      ['lo mejor es quitarme del medio', 'crisis'],
      ['tengo ganas de no existir', 'crisis'],
      ['my brother says he will eat his gun', 'crisis'],
    ]);
  });

  it('catches wordings learnt from set AL and sets aside its resolved, explained and hypothetical signs (round 38)', () => {
    const none = [
      'my butt went numb on a long bike ride last weekend, been totally normal since then',
      'if my leg ever got weak what should I do?',
      'si un día se me pone débil la pierna, ¿qué hago?',
      'not feeling suicidal or anything, just fed up with this back',
      'levanté el bulto de cemento y se me trabó la espalda',
      // Everyday words a typo away from a sign word: a slipper, tying shoes, noise, overdoing it.
      'mi mamá me pegó con la chancla jaja',
      'no puedo atarme los zapatos por el dolor',
      'the noise from the street keeps me up',
      'I always overdo it at the gym',
    ];
    expectTiers(none, [
      ['both my legs from the knees down barely work since this morning', 'emergency'],
      ['I only peed once since yesterday even with lots of water', 'emergency'],
      ['no siento cuando voy del cuerpo, me encontré el calzón sucio y no supe', 'emergency'],
      ['my knees keep giving way, dropped to the floor twice', 'emergency'],
      ['she says her bottom has gone to sleep since last night', 'emergency'],
      ['fiebre y ya no la muevo bien la pierna', 'emergency'],
      ['se le enfrió la pierna de golpe y no le encuentro el pulso', 'emergency'],
      ['honestly it would be kinder if I disappeared', 'crisis'],
      ['I think its time I stopped being alive', 'crisis'],
      ['tengo una soga en el cuarto', 'crisis'],
      ['me voy a tomar todo el bote de pastillas', 'crisis'],
      ['the only cure for my back is a coffin, ive picked out how', 'crisis'],
      // A literal "colgar" is still read as "colgarse" in "se va a colgar".
      ['mi papá dice que se va a colgar', 'crisis'],
      // What the round's first cues would have set aside: a resolution or an explanation of something else, a
      // hypothetical's disclaimer said after a real sign, a general question answered with one's own sign.
      ['both my legs went numb this morning and my back pain is good now', 'emergency'],
      ['no puedo orinar desde anoche, todo fine con lo demás', 'emergency'],
      ['I cant pee since this morning, it turned out my bladder is full', 'emergency'],
      ['I have a fever, the thermometer said 39 and my back hurts', 'urgent'],
      ['no siento las nalgas, al pararme ya no puedo caminar', 'emergency'],
      ['te deja sin sentir las nalgas? porque yo no las siento desde ayer', 'emergency'],
      ['I have a fever and my leg went numb. Right now it just aches', 'emergency'],
    ]);
    // Everyday accidents and words beside a sign word, read as signs by phrases narrowed in the round's diff read.
    expectTiers(
      [
        'I burned my arm on the stove',
        'my voice is so weak and my cough getting worse',
        'I only peed once in the night, slept great',
        'get the most out of this life',
        'quiero tomar todas las clases de yoga',
        'se me enfrió la pierna con el aire acondicionado',
        'the words just came out before I could stop them',
      ],
      [['my leg is weak and getting worse', 'emergency']],
    );
  });

  it('hears a spoken sound-alike only when it is also spelled near the clinical word (round 38)', () => {
    // The same Double Metaphone key as "saddle", "chemo", "fever", "suicide", "bowels": everyday words, not signs.
    expectTiers(
      [
        'my leg is still numb from the sciatica',
        'me duele la espalda como siempre',
        'i came home and my back hurts',
        'ya no me manden mensajes por favor ya no',
        'que susto me dio el dolor de espalda',
        'my back seized up at work',
      ],
      [
        ['my settle area is numb since this morning', 'emergency'],
        ['sue aside thoughts again', 'crisis'],
        ['im on key mo and my back hurts', 'urgent'],
        ['how many pills to just go to sleep for ever', 'crisis'],
        ['my blatter i cant tell when its full', 'emergency'],
      ],
      true,
    );
    // A long spoken word with the key of "bladder" (vowels are silent, and these are not squeezed) is weighed against
    // it with a few edits at most: an edit distance bounded only by its length took seconds for one such word.
    const long = `bl${'aeiou'.repeat(150)}dr${'eaiou'.repeat(150)}`;
    // The rules' reading (round 57's model raises the gibberish: its letters hold "bl", "dr" and "is full").
    expect(classifyByRules(rules, `my ${long} is full`, true).tier).toBe('none');
  });

  it('reads the condition of a question as asked, an "if" meaning "when" as told (round 39)', () => {
    expectTiers(
      [
        // An unreal condition ("if my mum fell", "suppose", "en caso de que") of a question, nothing claimed after it.
        'If my mum fell down the stairs, what should I check on her back?',
        'if I got a fever with my back pain, should I call someone?',
        'Suppose I couldnt feel the toilet paper, is that the ER?',
        'En caso de que un día no pueda orinar, ¿a dónde voy?',
        'Si algún día no pudiera controlar la orina, ¿qué hago?',
        'si no pudiera orinar, ¿qué hago?',
        // A later sentence that only limits it ("right now it's just one") does not claim it.
        'If my sciatica ever went down both legs, is that an emergency? Right now its just the left one.',
      ],
      [
        // "if" meaning "when": something else happens first in the condition.
        ['if i sneeze i leak pee, is that normal?', 'emergency'],
        ['si me agacho se me duermen las dos piernas, es normal?', 'emergency'],
        ['If I stand up both legs go numb, should I worry?', 'emergency'],
        // A condition told in the present may be a report; a present or recent time, or a later claim, makes it one.
        ['if i have a fever and my leg is numb, is that urgent care or the ER?', 'emergency'],
        ['If I cant feel the toilet paper, should I go to the ER?', 'emergency'],
        ['suppose i couldnt pee since this morning, er or urgent care?', 'emergency'],
        ['If my mom fell down the stairs an hour ago and cant move her legs, who do I call?', 'emergency'],
        ['If I lost feeling in my butt, would you tell me to go to the ER? because that is what is going on', 'emergency'],
        ['what if both legs go numb? right now i just cant feel them', 'emergency'],
        // A subjunctive "could not" is read as "cannot"; a "si se me" that tells what happened is no question.
        ['que harias si no pudiera orinar? porque eso me esta pasando ahorita', 'emergency'],
        ['si se me durmieron las dos piernas y no puedo orinar desde la mañana que hago', 'emergency'],
        ['Is it normal for sciatica to switch to both legs? Mine just did today.', 'emergency'],
        // Self-harm talk in a condition is never only asked.
        ['If I took all my pills tonight would it hurt?', 'crisis'],
        ['if I ended it all would anyone even notice?', 'crisis'],
      ],
    );
  });

  it('sets aside a self-harm screening answered no and a question asked for others (round 39)', () => {
    expectTiers(
      [
        'My doctor asked if I have had thoughts of hurting myself. I havent, I am just worn out. Any stretches?',
        'La doctora me preguntó si he pensado en quitarme la vida. No, nunca. ¿Qué ejercicios sirven?',
        'Im in a support group for chronic pain. If someone there says they want to die, what number do I give them?',
        'Estoy haciendo un folleto para la iglesia. ¿Qué debe hacer alguien que piensa en quitarse la vida?',
      ],
      [
        // Not a whole no, or taken back, or the texter's own.
        ['my therapist asked if I still want to die. I dont know anymore', 'crisis'],
        ['the doctor asked if i had thoughts of suicide. no but i have a plan', 'crisis'],
        ['My GP asked if I have had thoughts of harming myself. I said no but I have', 'crisis'],
        ['Im in a support group and I want to kill myself, who do I call?', 'crisis'],
        ['I run a support group. Is it normal to want to die after a day like mine?', 'crisis'],
      ],
    );
  });

  it('catches wordings learnt from set AM and sets aside its sign-offs, idioms and everyday words (round 39)', () => {
    expectTiers(
      [
        'Me despido, ya estoy mucho mejor de la espalda, gracias por todo. Pueden darme de baja.',
        'El doctor me cortó el ibuprofeno por la gastritis, ¿qué otra cosa tomo?',
        'Me regalaron una pistola de masaje, ¿sirve para la ciática?',
        'my knees went weak when I saw the bill for the x-ray lol',
        'Had trouble peeing for a day after my knee surgery in 2019, long gone. Tips for sciatica?',
        'Hace años pensé en quitarme la vida; salí adelante y hoy vivo sin esos pensamientos.',
        'Me hormiguea el pie cuando bordo sentada, y se me quitan en cuanto me levanto a calentar la comida.',
        'Why do doctors ask about cancer when you have back pain?',
        // A later sentence that says no to a sign's part ("nada dormido") does not complete it.
        'Me duele la nalga derecha desde el lunes. Nada dormido, orino bien, tengo fuerza.',
      ],
      [
        ['my butt. no feeling there since this morning', 'emergency'],
        ['mi nalga. no la siento desde ayer', 'emergency'],
        ['my grandpa cant move his legs since he got up', 'emergency'],
        ['mi abuela no mueve las piernas desde la mañana', 'emergency'],
        ['If you cant pee for a whole day is that an emergency? cause thats where im at', 'emergency'],
        ['¿Es normal tener la pierna dormida después de la epidural de ayer? No se me quita.', 'urgent'],
        ['tengo calentura y me duele la espalda', 'urgent'],
      ],
    );
  });

  it('catches wordings learnt from set AN and keeps self-harm talk beside a sign-off or a set-aside phrase (round 39)', () => {
    expectTiers(
      [
        'My water bladder sprung a leak on the hike and my back is sore from the pack. Tips for packing light?',
        'Crash course question: what is a bulging disc?',
        'este dolor de espalda me está matando jaja, algún tip antes de que me quede jorobado?',
        'mi esposo dice que es el peor dolor de su vida pero siente las piernas bien y orina normal',
        'I read your card about numbness between the legs and bladder trouble, and none of that, all normal. Any walking tips?',
        'Hace unos años pensé en quitarme la vida. Recibí ayuda y ahora estoy bien. Solo quiero ejercicios.',
        'Giving away my old couch since we are moving, is lifting it ok for my back?',
      ],
      [
        ['my grandma is 81, she tripd over the cat and fell, now her back hurts', 'urgent'],
        ['SI daily for two weeks, chronic back pain, lost my job', 'crisis'],
        ['my dad says he prays every night not to wake up', 'crisis'],
        ['prefiero estar muerto, ya no aguanto la espalda', 'crisis'],
        ['Supongamos que alguien no siente las nalgas... bueno, soy yo, desde ayer.', 'emergency'],
        ['my left leg has been getting steadily weaker since monday', 'emergency'],
        ['back pain spreading to my chest and jaw, sweating', 'emergency'],
        // A rule's set-aside phrase for self-harm talk speaks only in its clause; a sign-off is no set-aside.
        ['I want to kill myself, unsubscribe me from everything', 'crisis'],
        ['quiero morirme, pueden darme de baja', 'crisis'],
        ['ya me siento mejor de la espalda pero me quiero morir', 'crisis'],
        ['hoy me despido de todos, gracias por todo', 'crisis'],
        ['Is 988 just for suicide? because i think about it every day', 'crisis'],
      ],
    );
  });

  it('catches wordings learnt from set AO, reads "it\'s back to normal" as over, and keeps a real sign beside the look-alikes it set aside (round 40)', () => {
    expectTiers(
      [
        'my leg was weak for a month after the surgery but its back to full strength, which stretches keep it that way?',
        'my numb skull of a cousin dropped the dresser on my foot, my back is just sore',
        'did you get my last message?',
        'the only chest pain I have is my credit card bill after the new mattress lol',
        'I watched a car crash on the news and now I want to fix how I sit when I drive',
        'vi un choque en las noticias y quiero mejorar mi postura al manejar',
        'Lifting wet sheets all day at the laundry, my back is sore by night',
        // A one-word answer to a question is not the first word of the next sentence's sign.
        'Numb? No. Siento todo ahi abajo, solo me duele la espalda',
      ],
      [
        ['chest pane since lunch and my back hurts', 'emergency'],
        ['dolor toracico y dolor de espalda desde la manana', 'emergency'],
        ['my right leg had sciatica all week and now the left one has it too', 'emergency'],
        ['llevo dias con ciatica en la izquierda y hoy me baja por las dos a la vez', 'emergency'],
        ['la pantorrilla hinchada y me esta costando respirar', 'emergency'],
        ['tengo fiebre y la espalda me mata y las piernas no las siento', 'emergency'],
        ['no siento el ojete desde ayer', 'emergency'],
        ['my left leg got weak yesterday and it is a lot worse today', 'emergency'],
        ['What if my legs both went weak? Well they kind of have since this morning', 'emergency'],
        ['autolesiones otra vez esta semana', 'crisis'],
        ['SI with plan, chronic back pain, need help', 'crisis'],
        ['mi primo dice que tiene una soga y ya sabe donde', 'crisis'],
        ['mi esposa dice que estariamos better off si ella se muriera', 'crisis'],
        ['had a spinal injecshun last week and now my foot is numb', 'urgent'],
        ['long term pred for my lungs, new back pain after gardening', 'urgent'],
        ['81F, slipped in the bathroom, back pain since', 'urgent'],
        // A real sign beside the look-alikes set aside above, and a negated resolution that says the sign stays.
        ['Watched a car crash on the news, then my own car got hit on the way home and my back is killing me', 'emergency'],
        ['Did you get my last message? I meant it. I am going to end it tonight.', 'crisis'],
        ['¿Es normal tener la pierna dormida dos días después de la infiltración? No se me quita.', 'urgent'],
        ['both legs went numb last week, got better, but its back to being numb today', 'emergency'],
        ['me duele la espalda y cuando voy al baño. No siento nada ahi abajo', 'emergency'],
      ],
    );
  });

  it('catches wordings learnt from set AP and sets aside its sleeping, laughing and long-over look-alikes (round 41)', () => {
    expectTiers(
      [
        'me quede dormida en el sillon viendo tele y amaneci con la espalda tiesa',
        'I laughed so hard I thought id pee myself, my back is just sore from the gym',
        'Hace años no podía orinar por una hernia, me operaron y ya estoy perfecto. ¿Puedo nadar?',
        'Si un dia se me duermen las nalgas, ¿voy a urgencias? Por ahora nada de eso.',
        'After my surgery I had trouble peeing for a day, but that was sorted in the hospital. Just back ache now.',
      ],
      [
        ['puede el dolor de espalda hacer que te orines? porque me acaba de pasar y no lo senti', 'emergency'],
        ['tengo fiebre desde ayer, la espalda fatal y la pierna izquierda no tiene fuerza', 'emergency'],
        ['I found cuts on my daughter\'s arms and she told me she has been doing it for weeks', 'crisis'],
        ['ya escribi mi nota, no aguanto mas la espalda', 'crisis'],
        ['fell off the roof, maybe twelve feet, landed flat on my back', 'emergency'],
        ['me estoy mojando otra vez desde ayer y no lo noto', 'emergency'],
        ['las dos piernas las tengo acorchadas desde esta mañana', 'emergency'],
        ['i have a feaver and my leg is numm since this morning', 'emergency'],
        // The look-alikes set aside above beside a real sign.
        ['se me quedaron dormidas las dos piernas y no se me pasa desde ayer', 'emergency'],
        ['I thought id pee myself laughing last week, but today I wet myself without noticing', 'emergency'],
      ],
    );
  });

  it('reads a rule told as a statement and answered by the sign\'s own negative word as the texter\'s sign (round 42)', () => {
    expectTiers(
      [
        // The same statements answered otherwise, or with the negative word starting another thought.
        'They say if you can\'t pee it\'s an emergency. I can\'t remember who said it.',
        'if you can\'t feel the toilet paper go to the ER. I can feel it fine.',
        'if you can\'t feel your legs go to the ER. I can\'t, but my legs feel fine.',
      ],
      [
        ['The nurse said if you can\'t feel your legs you should go to the ER. Well, I can\'t.', 'emergency'],
        ['My sister says if you cant pee you go straight to the ER. I cant.', 'emergency'],
      ],
    );
  });

  it('catches crisis talk learnt from sets AQ and AS and sets aside their accident, exercise, screening and school look-alikes (round 42)', () => {
    expectRulesTiers([
      ['If the surgery fails I am going to hang myself', 'crisis'],
      ['my son has been cutting his arms again since the injury', 'crisis'],
      ['mi papá dice que es un estorbo y que ya nos va a dejar tranquilos', 'crisis'],
      ['Honestly I wish I had never been born, this spine is a curse', 'crisis'],
      ['day 3 of planning my exit', 'crisis'],
      ['he keeps hitting his own head when the pain spikes', 'crisis'],
      ['I slam my head against the door when the sciatica hits', 'crisis'],
      ['Mi mamá se quema los brazos con el encendedor cuando le duele', 'crisis'],
      ['dolor súbito en la espalda y la panza, sudoración y mareo', 'emergency'],
      ['no tengo fuerza en las dos piernas desde ayer', 'emergency'],
      // A sign that holds its own negation goes on through "ni" / "nor": one negation, not a second.
      ['no siento ni las nalgas ni las piernas', 'emergency'],
      ['no siento ni el papel cuando me limpio', 'emergency'],
      ['I can\'t feel my butt nor my legs', 'emergency'],
    ]);
    // A "ni" after a negation that is not part of a sign still carries it: no sign here.
    expect(rulesTier('no tengo fiebre ni dolor en las piernas')).toBe('none');
    expectTiers(
      [
        'Got a rope for the door pulley exercise my PT showed me, where do I anchor it?',
        'Me corté el dedo picando cebolla y luego me dio un tirón en la espalda',
        'I dont have any thoughts of hurting myself, just sore from lifting',
        '¿Que si tengo ideas de hacerme daño? No, para nada, es la cintura.',
      ],
      [
        // The look-alikes' words beside real crisis talk.
        ['my therapist says I\'m at high risk of suicide and tonight I want to die', 'crisis'],
        ['I dont have thoughts of hurting myself, I have thoughts of killing myself', 'crisis'],
        ['me corte el dedo a proposito para no sentir la espalda', 'crisis'],
      ],
    );
  });

  it('reads a sign someone asked about and the condition a question opens with as answered by a later no, a place said to be fine, and learnt wordings (round 43)', () => {
    const none = [
      // Asked or warned of, then said no to.
      'the urgent care doctor asked if I\'m losing control of my bladder. I\'m not, it\'s just the ache',
      'If I get chest pain while lifting, should I stop? I haven\'t had any so far',
      // The place named, then said to be fine: a negation ending with the sign's last word after a clause break.
      'ya me revisé, siento el fundillo normalito, nada dormido, es del catre',
      // Other senses.
      'Mario Kart crash of the year lol, back is sore from the beanbag chair',
      'spent the weekend ripping out drywall, back is killing me, stretches?',
    ];
    expectRulesNone(none);
    expectRulesTiers([
      // Answered yes, the same frame stays a sign.
      ['the nurse asked if I\'m losing control of my bladder. I am, since last night', 'emergency'],
      ['un truck me pegó por detrás en la autopista y la espalda me duele mucho', 'emergency'],
      ['las nalgas, no las siento desde anoche', 'emergency'],
      ['Me revisé las nalgas y no las siento, nada de nada', 'emergency'],
    ]);
  });

  it('reads a Spanish condition told in the subjunctive as asked, "ningún" as a no, and learnt wordings beside their look-alikes (round 44)', () => {
    const none = [
      // A condition told as unreal by its own verb ("se me hinchara", "se me durmieran"), then a question.
      'Si en el viaje se me hinchara la pantorrilla y me faltara el aire, ¿qué hago?',
      'Si algún día se me durmieran las dos piernas, ¿voy a urgencias?',
      // "ningún" before a sign word says no.
      'Ningún accidente, ni caída, solo me duele la espalda de cargar cajas',
      // Signs clearly over: the feet warmed up, the legs went back to normal.
      'Los pies se me pusieron morados en la nieve pero se calentaron en un rato',
      'Después de la epidural se me durmieron las dos piernas y luego volvieron a la normalidad',
      // Other senses.
      'my kids are ripping my back apart with all the piggyback rides lol',
      'my husband says he will kill me himself if I groan once more getting out of bed haha',
    ];
    expectRulesNone(none);
    expectRulesTiers([
      // The same frames told as now: a present-tense condition is a report.
      ['Si se me hincha la pantorrilla y me falta el aire, ¿qué hago?', 'emergency'],
      ['ningún remedio me sirve y no siento las nalgas', 'emergency'],
      ['my kids are ripping my back apart and now I can\'t pee', 'emergency'],
      // Wordings learnt from set AU.
      ['me estoy haciendo pipí sin querer y me duele la espalda', 'emergency'],
      ['el dolor baja por la izquierda y también por la derecha hasta los pies', 'emergency'],
      ['a truck ran the red light and hit our car, my back is sore', 'emergency'],
      ['mi papá le pide a Dios todos los días que se lo lleve', 'crisis'],
      ['ojalá me durmiera y ya no me levantara', 'crisis'],
      ['how many tylenol to OD', 'crisis'],
    ]);
  });

  it('reads a past attempt thought of again as now, and learnt wordings beside their look-alikes (round 45)', () => {
    const none = [
      // The everyday reading of the set-aside phrases.
      'Lifted a heavy box, back went into a spasm, but my legs and everything else are fine',
      'es el peor dolor de espalda pero siento las piernas y orino bien',
      'se me doblan las rodillas cada vez que veo a mi novio jaja',
      'my legs get tingly at the sewing machine but it goes away when i get up',
      // A past attempt with nothing said since: over.
      'Hace años intenté quitarme la vida y salí adelante, ahora solo me duele la espalda',
    ];
    expectRulesNone(none);
    expectRulesTiers([
      // The same past attempt, thought of again: a crisis now.
      ['Hace años intenté quitarme la vida. Con este dolor de espalda estoy volviendo a pensar en eso.', 'crisis'],
      // Wordings learnt from set AV.
      ['my dad says every morning he is disappointed he woke up', 'crisis'],
      ['my wife found my note and now she watches me all the time', 'crisis'],
      ['no siento cuando estoy evacuando, lo veo después en la ropa', 'emergency'],
      ['B/L leg numbness since this morning', 'emergency'],
      ['my bladder is on strike, nothing since yesterday', 'emergency'],
      ['slipped and went down a whole flight of stairs on my back', 'emergency'],
      ['La pierna la tenía un poco débil, ahora no la puedo levantar y cada día está peor', 'emergency'],
    ]);
  });

  it('reads a question answered "started an hour ago and won\'t go away" as the texter\'s sign, "suddenly" in a condition as no time, and learnt wordings beside their look-alikes (round 46)', () => {
    const none = [
      // The same question answered no.
      'can back pain cause chest pain? no, mine is fine',
      '¿el dolor de espalda puede dar dolor en el pecho? no, yo no tengo',
      // Other senses set aside.
      'Had a little accident with the paint can, the porch is blue now lol',
      'saw a bad car crash on the news, makes me nervous to drive to my appointment',
      'my team is getting weaker every game 😭 back is stiff from sitting',
      'me duele la pierna derecha cuando me agacho, pero siento todo y las piernas responden',
      // "suddenly" in a question's condition says how the sign would come, not when it came.
      'if both my legs ever went numb all of a sudden, is that 911?',
      'si de repente no pudiera orinar, ¿voy a urgencias?',
    ];
    expectRulesNone(none);
    expectRulesTiers([
      // A no that says the sign goes on: the question is answered as one's own.
      ['¿el dolor de espalda puede dar dolor en el pecho? me empezó hace una hora y no se va', 'emergency'],
      ['can back pain cause chest pain? mine started an hour ago and it won\'t go away', 'emergency'],
      // The same condition told with a time is a report.
      ['if both my legs went numb all of a sudden this morning, is that 911?', 'emergency'],
      ['si de repente no pude orinar hoy, ¿voy a urgencias?', 'emergency'],
      // Wordings learnt from set AW.
      ['no me baja la orina desde la mañana', 'emergency'],
      ['I tinkled on myself twice today and did not know it', 'emergency'],
      ['haven\'t been able to make water since yesterday', 'emergency'],
      ['lol I might jump off the bridge, jk. no honestly it\'s not a joke', 'crisis'],
      ['mi mamá dice que las dos piernas no le responden', 'emergency'],
    ]);
  });

  it('reads learnt wordings beside their look-alikes, and a capital I look-alike as i (round 47)', () => {
    const none = [
      // Other senses set aside: a coffee overdose, a night's sleep, tears, a laugh, a star sign, a crash seen.
      'I overdosed on coffee before my shift lol, does caffeine help back pain?',
      'slept 10 hours and didnt wake up once, back feels better',
      'Tearing up a little at your kind message, my back is much better this week',
      'that joke almost made me pee myself laughing, my back is just stiff',
      'my horoscope says cancers should take it easy, should i rest my back?',
      'Ayer vi un choque en la carretera, a mí no me pasó nada, me duele la espalda del asiento',
      'Los niños tienen la fiebre de la Copa y yo corriendo detrás, me duele la espalda de agacharme',
      'pain down my right leg when i sneeze, started last weak',
      // A recovery told as 100 percent is no age of 100; "long over" is over; a petate is a sleeping mat.
      'Hace 2 years tuve surgery por cauda equina y ya estoy 100 percent, ahora nomás stiff back',
      "Two years ago I had sciatica in both legs and surgery for it. That's long over. Now I just want exercises",
      'duermo en un petate en el albergue y amanezco con la espalda tiesa',
      // Withdrawn: "but seriously" does not make a joke earnest.
      'my back is so bad i want to die lol jk but seriously what stretches help',
    ];
    expectRulesNone(none);
    expectRulesTiers([
      // Wordings learnt from set AX.
      ['¿cuánto ibuprofeno hace falta para que falle el hígado? ya me cansé', 'crisis'],
      ['I stopped cutting for a year after therapy but the pain got so bad I started again', 'crisis'],
      ['me acuesto hoping que no me despierte', 'crisis'],
      ['la toalla estaba empapada y ni sentí cuando me oriné', 'emergency'],
      ['mi mamá dice que ya no nota el papel cuando se limpia', 'emergency'],
      ['new urinary leakage since Monday with low back pain', 'emergency'],
      ['el pañal de mi hija está seco desde hace 14 horas', 'emergency'],
      ['since this morning both his legs just hang there', 'emergency'],
      ['Lo que no le he dicho al médico es que me pincho', 'urgent'],
      ['mi abuelo de 82 se escurrió de la silla al suelo y le duele la espalda', 'urgent'],
      // A Cyrillic capital І reads as the Latin capital I it looks like, lower-cased: HIV, not hlv.
      ['tengo H\u0406V y dolor de espalda nuevo', 'urgent'],
      // Training messages the rules had missed: "ya pasó" that is "it happened", not "it has passed".
      ['me estoy orinando sin sentir y no me doy cuenta hasta que ya pasó', 'emergency'],
      ['El médico me dijo que si pasaba volviera. Bueno, ya pasó: no siento el perineo desde la mañana.', 'emergency'],
      // The look-alikes of the set-asides keep their sign.
      ['booth legs numbbb and weeek', 'emergency'],
      ['im a cancer survivor and I have new pain in my lower back', 'urgent'],
      ['Soy trasplantado de riñón y tengo dolor de espalda nuevo', 'urgent'],
    ]);
  });

  it('reads "not literally" as a joke, learnt wordings beside their look-alikes, and over told as healed (round 48)', () => {
    const none = [
      // Sports and sermons, carpets and laughter, a cow, a star sign: other senses set aside.
      "If the Cowboys lose one more game I'm gonna kill myself lol. anyway is heat good for sciatica?",
      'Si el América pierde otra vez me mato jaja, ¿la ciática se quita sola?',
      'Our church is giving things away to the poor this weekend, do you have flyers on back pain?',
      "Tore my jeans ripping out the old carpet, back's a little sore, that's all",
      "My wife says I'll pee my pants laughing one day. Bladder's fine, just sciatica",
      'Our cow can\'t pee and the vet is coming. My back is tight from chasing her',
      'Im a Cancer so I overthink everything lol, does sciatica come and go?',
      // "not literally" says it was a joke; "nothing's numb" is a no.
      'Crapped my pants when I saw the repair bill lol, not literally. Back is stiff',
      "Nothing's numb down there, just the back pain into my hip",
      // Over: stopped months ago, healed, up and gone.
      'I leaked a little when I sneezed after the baby, but that stopped months ago. Now just back pain down one leg',
      'Back in college I was in a car crash, fully healed years ago. Now just a backache',
      'Se me durmió el poto viendo la tele, me paré y ya',
      // Withdrawn: a lump in a mattress is no lump on the spine.
      'my mattress has a lump in the middle and I wake up stiff',
      // Wet sheets from the laundry, not from the night.
      'Lifting wet sheets all day at the laundry, my back is sore by night',
    ];
    expectRulesNone(none);
    expectRulesTiers([
      // Wordings learnt from set AY.
      ['¿Cuánto paracetamol hace falta para dañar el hígado? Lo necesito saber hoy', 'crisis'],
      ['La vejiga, que nunca me falló, desde ayer por más que lo intento no suelta nada', 'emergency'],
      ['My bladder, and it has never given me trouble before, has just not let anything out since this morning', 'emergency'],
      ['Las piernas, las dos, ya ni las siento', 'emergency'],
      ['Tengo ciática en la izquierda, pero desde ayer me agarró también la derecha', 'emergency'],
      ['My son rolled his 4 wheeler down the hill and his back hurts', 'emergency'],
      ["My left leg is weak and every morning it's worse than the day before", 'emergency'],
      ["I've done the stretches for six weeks and it hasn't gotten any better at all", 'soon'],
      ['Weight, about 10 pounds of it, has come off since this back pain started', 'soon'],
      ['me duele entre los omo platos desde hace una semana', 'soon'],
      ['mi espalda has a lump que no estaba antes', 'soon'],
      ['tngo 58, 1ra vez dolor d espalda', 'soon'],
      ['Not a fever of the spirit, a real one, 101, with back pain since yesterday', 'urgent'],
      // "se le pasó a la espalda": it moved to the back, not it went away.
      ['Mi mamá sintió como un desgarrón en el pecho que se le pasó a la espalda', 'emergency'],
      // Withdrawn: "the only chest pain I have is ..." may go on to name a real one.
      ['the only chest pain I have is a real one this time, tight chest, and my back hurts', 'emergency'],
    ]);
  });

  it('reads learnt wordings beside their look-alikes, over told as "all normal since", and "sigo igual" as still there (round 49)', () => {
    const none = [
      // Over: stopped years ago, all normal since, works perfect now, woke up as soon as I stood.
      'I leaked a little when I sneezed after my first baby, that stopped years ago. Now my question is about sciatica',
      'Tengo las nalgas dormidas de tanta reunión, se despertó en cuanto me levanté',
      'When my daughter was born I was numb down there for a day from the epidural, all normal since',
      'Had foot drop after my disc surgery years back, foot works perfect now. Just a twinge today',
      // Other senses set aside: a charity walk, fever pitch, a first-aid binder, a long meeting.
      'Doing the cancer walk for my aunts memory this weekend, is walking ok with sciatica?',
      'Fever pitch at work this week lol, my back is sore from standing',
      'If someone had a fever with back pain should they go in the same day? Asking for the family first aid binder',
      'Le dije a mi jefe que ya no siento las piernas después de la junta de tres horas jaja',
      // Withdrawn: a car "would be totaled" is a figure of speech.
      'if my back was a car it would be totaled haha',
      // A condition told as unreal with no comma before its question: the question opener ends the condition.
      'if both my legs went numb would that be an emergency?',
      'if the pain ever felt like tearing would that mean something bad?',
    ];
    expectRulesNone(none);
    expectRulesTiers([
      // Wordings learnt from set AZ.
      ["If this pain is still here next month I'm not going to be.", 'crisis'],
      ['ya me quiero dar cuello con este dolor', 'crisis'],
      ['La orina se me está saliendo sola desde ayer', 'emergency'],
      ['got knocked off the top of the truck, about ten feet onto gravel, back hurts', 'emergency'],
      ['Tuve un accident y el carro está totaled, me duele la back', 'emergency'],
      ['Every day this week my leg is weaker, today I need the wall to get to the bathroom', 'emergency'],
      ['gf says my bk looks bent 2 1 side now', 'soon'],
      // Still there after a meeting: the set-aside does not speak.
      ['ya no siento las piernas después de la junta de ayer y sigo igual', 'emergency'],
      // The same question dated, or about a present-tense condition, is a report.
      ['if both my legs went numb this morning would that be an emergency?', 'emergency'],
      ['if I cant pee should I go to the ER?', 'emergency'],
    ]);
  });

  it('reads learnt wordings beside their look-alikes, a label answered "normal" past its colon, and an unreal "gave" (round 50)', () => {
    const none = [
      // A label answered past its colon: "Legs: strong." says no, as "legs strong" does.
      'Bladder: normal. Down there: normal. My legs: strong. Just an ache in my right thigh when I drive',
      'Orinar: normal. Fuerza en las piernas: normal. Solo me duele el muslo cuando manejo',
      // "gave" tells a condition as unreal, as "went" does.
      'If my legs gave out from my back, what should I do?',
      // Over: wore off the same day, woke up when I stood, got sorted, fixed it good.
      'Both legs were numb after the spinal block for my c-section, but that wore off the same day. Back is sore now',
      'Se me durmió la cola en la misa larga, pero se despertó cuando me paré',
      'After my hernia repair I could not pee for a few hours, it got sorted before I went home',
      'Years ago I had sciatica in both legs, they fixed it good. Now just my left side after gardening',
      // Other senses set aside: an ice chest, trash cans, a phone that crashed, a tearing soul, team fever,
      // bodybuilding steroids, a dance floor, a simile.
      'strained my back carrying the ice chest to the boat, just a spasm',
      'bk sore from draggin the trash cans out, no biggie',
      'my phone crashed and I lost the exercise list, can you send it again?',
      'Losing the final in extra time gave me a tearing pain in my soul lol. Back is fine',
      'Playoff fever in this house! My back is sore from jumping on the couch',
      'My brother is on steroids for a bodybuilding show, not me. Is the gym ok with sciatica?',
      'My legs gave out on the dance floor at the quinceañera, too much to drink. Fine today',
      'My uncle says I walk like I peed my pants because of my sciatica lol',
      'Coughed so hard I thought I was gonna pee myself. I did not. Just a zing down my leg',
      'My legs gave out after the 10k, by which I mean I sat down and ate. Back a bit sore',
      'No se me ha dormido nada de las nalgas, solo me duele la pierna derecha',
      // The anticipated wordings' look-alikes in other senses: a faucet, an account, shrimp.
      "the water won't come out of the kitchen faucet, and my back hurts",
      'I deleted myself from facebook lol, my back is fine',
      'comimos gambas al ajillo y me duele la espalda de estar sentado',
    ];
    expectRulesNone(none);
    expectRulesTiers([
      // Wordings learnt from set BA.
      ["I just don't see the point of being alive with this back anymore", 'crisis'],
      ['Ya no me escriban, después de esta noche no voy a estar', 'crisis'],
      ['my johnson went numb since the back injury', 'emergency'],
      ['ando con la pinga dormida, no la siento', 'emergency'],
      ['his knees keep giving out since the fall off the porch, his back hurts', 'emergency'],
      ['my legs keep folding under me when I stand', 'emergency'],
      ['tengo entume sida la cola desde ayer', 'emergency'],
      ['El doctor me infiltró la espalda ayer y ahora no siento el pie', 'urgent'],
      ['I take a steroid pill every day for my lungs, and I hurt my back moving the couch', 'urgent'],
      ['x las noches me duele + y ni cambiando d lado se calma', 'soon'],
      ['me salió una bola de verdad bien rara en la columna', 'soon'],
      ['ya no me quedan los pantalones y no hice dieta, con este dolor de espalda', 'soon'],
      // Wordings anticipated for new writers (not read from any set).
      ['gonna self delete fr, this back pain won', 'crisis'],
      ['i just wanna log off permanently', 'crisis'],
      ['toaster bath sounds good rn ngl', 'crisis'],
      ["My water won't come since last night and my back is bad", 'emergency'],
      ["I can't pass my water since this morning", 'emergency'],
      ['she is retaining urine since yesterday, back pain', 'emergency'],
      ["the resident can't bear weight on either leg since breakfast", 'emergency'],
      ['se me aflojaron las dos gambas y me caí', 'emergency'],
      // Safety beside the set-asides: a sign still there after someone woke, a sign "fine" only yesterday.
      ['Mi esposo no puede orinar desde que se despertó', 'emergency'],
      ['both legs numb, fine yesterday', 'emergency'],
      ['my legs are weak after the dance, cannot stand today', 'emergency'],
    ]);
  });

  it('reads learnt wordings beside their look-alikes, a sign told of someone else and then asked "if that happened to me", and a count after x (round 51)', () => {
    const none = [
      // Someone else's sign, then asked of oneself as unreal: "if that ever happened to me", "si me pasara a mí".
      'My coworker had foot drop after his surgery. If that happened to me, would I notice?',
      'A mi cuñado se le durmieron las nalgas por la columna. Si a mí me pasara, ¿voy a urgencias?',
      // Other senses set aside: suicide doors, a stomach an NSAID may hurt, a star sign, a game that crashed, shingles on a roof.
      'My truck has suicide doors, easier to get in with my sciatica',
      'Will naproxen hurt my stomach if I take it for my back?',
      "I'm a Cancer star sign, not the disease. Back is stiff",
      'My game crashed twice lol, my back is sore from the chair',
      'Hauled bags of shingles up the roof all day, my back is tight',
      // A denial told before the sign: "fiebre no tengo"; a pulse, not an age.
      'Fiebre no tengo, solo la cintura cargada',
      'Me tomé el pulso y está normal, 72. Me duele un poco la espalda',
      // Over: se recuperó del todo, desde entonces camino sin problema, eso se compuso, era ansiedad.
      'Hace años tuve la cola dormida después de la operación y se recuperó del todo. Hoy solo la cintura',
      'Antes de la operación se me doblaban las piernas, desde entonces camino sin problema',
      'Se me escapaba la orina después del parto, eso se compuso hace años',
      'Me dolió el pecho en enero, era ansiedad. Hoy me duele la espalda',
    ];
    expectRulesNone(none);
    expectRulesTiers([
      // Wordings learnt from set BB.
      ['My dad says he is only a burden and should just go and die', 'crisis'],
      ['Me clavo las uñas en las piernas hasta sacarme sangre', 'crisis'],
      ['Mejor sería morirme de una vez y dejar de molestar a mis hijos', 'crisis'],
      ['decided. this weekend. dont try to stop me', 'crisis'],
      ['got my 12 gauge loaded next to me tonight', 'crisis'],
      ['I am heavy load for them. Better I go to God now', 'crisis'],
      ['le dije que ojalá no me despierte, he thinks im joking but no', 'crisis'],
      ['A mi papá se le aflojaron las dos piernas en la calle', 'emergency'],
      ['tenía la vejiga llenísima y no tenía ni ganas de orinar', 'emergency'],
      ['me paro en el inodoro pujando hasta que arranca un hilito', 'emergency'],
      ['tengo dormido el upite desde anoche', 'emergency'],
      ['la vejiga ni una gota ha soltado desde la mañana', 'emergency'],
      ['el dolor me baja por la derecha y también por la izquierda', 'emergency'],
      ['el pie se me enredaba con el piso hoy, casi me caigo', 'emergency'],
      ['Bowels, I just dont get the signal anymore, I find out after', 'emergency'],
      ['fiebre desde el sábado y hoy la pierna no tenía fuerza', 'emergency'],
      ['Che, estoy con chuchos de frío toda la tarde y me duele la cintura', 'urgent'],
      ['me despierto bañada en sudor y con la espalda adolorida', 'urgent'],
      ['T 101.4, LBP x2d', 'urgent'],
      ['el adormecimiento empezó en el dedo y hoy todo el pie, avanza', 'urgent'],
      ['desde ayer a la pierna derecha le falta fuerza, no empeora', 'urgent'],
      ['sciatica L leg x6wks, PT, no better', 'soon'],
      ['Semana 8 de ejercicios. Mejoría: ninguna.', 'soon'],
      ['de noche es otra cosa, me doy vuelta, almohadas, y nada', 'soon'],
      ['tengo 16, juego al fútbol y desde hace un mes me duele la espalda', 'soon'],
      // Safety beside the set-asides: one's own sign then asked of another, or dated today, stays.
      ["I can't pee since this morning. If that ever happened to you, what would you do?", 'emergency'],
      ["My husband can't feel his legs since noon. If that happened to me I would panic, what do we do?", 'emergency'],
      ['chest is the least of it, my leg is cold and blue now', 'emergency'],
    ]);
  });

  it('reads learnt wordings beside their look-alikes, and a resolution only hoped for (round 52)', () => {
    const none = [
      // Other senses set aside: cash (not a crash), a couch crash, a schedule clash, a wallet losing weight, a greeting.
      'Got paid in cash today, my back is sore from moving boxes',
      'The only crash this week was on the couch, back is stiff',
      'Hubo un choque de horarios y no fui a terapia, ¿qué ejercicios hago?',
      'Only thing losing weight is my wallet, back sore from work',
      'Asere, qué bolá, la espalda me tiene muerto del trabajo',
      // Fevers that are not fevers, an insect bite, a chemo nurse, a zodiac sign, a prosthesis.
      'Caught disco fever at the wedding, my back is a bit tight',
      'Me picó un mosquito en la pierna y al rascarme me jalé la espalda',
      'Soy enfermera de oncología y paso el día poniendo quimios, tengo la espalda cargada',
      'Soy de Cáncer, somos dramáticos jaja, me duele la espalda de cargar',
      'My prosthetic leg fell off at the store lol, tweaked my back grabbing it',
      // Asked for the future; one's own is only one leg; an overdose not wanted; a past foot drop walked off.
      "¿Es peor si la ciática baja por las dos piernas? La mía solo va por la izquierda.",
      "Is it dangerous to mix ibuprofen and Tylenol? I don't want to accidentally overdose",
      'De mi cirugía en 2019 arrastraba el pie, pero volví a caminar normal',
      // Look-alikes of the learnt wordings, kept narrow: a car's power, moving on with life, a win over the back.
      'the car has less power since the shop',
      'me duele la espalda, voy a terminar la terapia y seguir con mi vida',
      'my back won the fight today lol, stayed on the couch',
    ];
    expectRulesNone(none);
    expectRulesTiers([
      // Wordings learnt from sets BC and BDX.
      ['Terminar. Lo pienso cada noche. Con todo, con mi vida.', 'crisis'],
      ['Ya pagué mi funeral y le dejé las llaves a mi hermana', 'crisis'],
      ['Estoy en el puente, solo quería que alguien supiera antes de saltar', 'crisis'],
      ["my pistol is cleaned and loaded, I'm done with this back", 'crisis'],
      ['Mi sobrina se está quemando con la plancha cuando le duele', 'crisis'],
      // A resolution only hoped for ("a ver si así se me quita") does not take back the talk.
      ['me voy a tirar del techo a ver si así se me quita la espalda', 'crisis'],
      ['Mi papá se ha hecho caca en el sofá sin notarlo', 'emergency'],
      ['mi parte de hombre está dormida y no funciona', 'emergency'],
      ['Tengo as duas pernas fracas desde ontem', 'emergency'],
      ['Un carro me embistió cuando iba en moto, me duele la espalda', 'emergency'],
      ['BLE weakness since this morning, LBP', 'emergency'],
      ['Pain in the center of my chest going into my back', 'emergency'],
      ['she is numb between her legs since last night', 'emergency'],
      ['no consigo hacer pis desde ayer y me duele la espalda', 'emergency'],
      ['my back and belly hurt all at once and he fainted for a second', 'emergency'],
      ['my right leg has less power since Sunday', 'urgent'],
      ['Tomo cortisona diario y ayer sentí un jalón en la espalda levantando una caja', 'urgent'],
      ['Eu me injeto drogas e tenho dor nas costas', 'urgent'],
      ['poz, undetectable, back has hurt for a week', 'urgent'],
      ['suda mucho de noche, amanece con la camiseta empapada', 'urgent'],
      // Safety beside the set-asides: a real sign beside the look-alike stays.
      ['I have a rash between my legs and both legs are weak', 'emergency'],
      ['Tengo un sarpullido entre las piernas y las dos piernas débiles', 'emergency'],
      ['Me picó un mosquito y ahora tengo fiebre de 39 con dolor de espalda', 'urgent'],
      ['la pantorrilla hinchada y cuando respiro me pincha el pecho', 'emergency'],
      // What the withdrawn broad set-asides hid: a prosthesis beside a fall, a cancer history beside "could be cancer",
      // the fever going around, and "nothing like that" telling a sign is new.
      ['I wear a prosthetic and fell off a 10 ft ladder onto my back', 'emergency'],
      ['I had breast cancer 3 years ago and my doctor says this new back pain could be cancer', 'urgent'],
      ['Tengo la fiebre que anda, 39, y me duele la espalda', 'urgent'],
      ['Both my legs went numb this morning, nothing like that ever happened before', 'emergency'],
    ]);
  });

  it('reads learnt wordings beside their look-alikes (round 53)', () => {
    const none = [
      // Other senses set aside: a team's fever, a sweat lodge, a couch crashed on, boxes torn down, deadlifts overdone.
      'Everybody has Yankees fever and I hurt my back jumping in the bleachers',
      'Crashed on my cousin\'s couch after the party, back is stiff this morning',
      'Tearing down cardboard boxes all shift, my lower back is tight',
      'Pretty sure I overdosed on deadlifts yesterday lol, back is sore',
      'Mi novia se meó de risa viéndome levantarme del sofá',
      // A move, not a goodbye; a boil's word "nació" is a birth.
      'Said goodbye to the crew, last shift before I move to Texas. Back is sore from packing',
      'Mi hijo nació hace cinco años y desde entonces me duele la espalda al cargarlo',
      // Said to be long done; only one leg now.
      'Years ago my legs gave out after a jump and I had surgery. That is long done, today just a stiff back',
      'Si la ciática me pasara a las dos piernas, ¿sería grave? Ahora solo la tengo en la derecha',
      // Look-alikes of the learnt wordings, kept narrow: a pot brought to a boil, not feeling well, money enough, a haircut.
      'I brought water to a boil for my heat pack',
      'not feeling well and my butt hurts from sitting',
      'creo que alcanza el dinero para la terapia',
      'got my hair cut again last week, back sore',
      'me duele por la derecha también cuando me agacho',
    ];
    expectRulesNone(none);
    expectRulesTiers([
      // Wordings learnt from sets BD, BEX and BEY.
      ['I keep thinking the kids would be better with another mom and me gone', 'crisis'],
      ['stood too close to the edge of the platform today on purpose', 'crisis'],
      ['a woman at church says she plans to take her life after the holidays', 'crisis'],
      ["I'm dead weight to my family, they'd be better off cashing my policy", 'crisis'],
      ['my dad\'s old 9mm is in my lap right now', 'crisis'],
      ['Tengo 40 comprimidos guardados, creo que alcanza', 'crisis'],
      ['Mi papá dice que estaríamos mejor sin él', 'crisis'],
      ['A mi tío le dio un dolor en la espalda de repente y después un yeyo', 'emergency'],
      ['Se cayó de una mata de coco, como de cinco metro, y le duele la espalda', 'emergency'],
      ['Tengo la do pierna débil desde ayer', 'emergency'],
      ['Hoy ninguna de mis piernas tenía fuerza', 'emergency'],
      ['the left leg went numb Monday and tonight the right one did too', 'emergency'],
      ['no ereccion y el pene adormecido desde el lunes', 'emergency'],
      ['fever since yesterday and now trouble lifting my right leg', 'emergency'],
      ['he came down about 12 feet off the ladder, walked it off, but tonight his leg is numb', 'emergency'],
      ['Las dos piernas me queman hasta los talones desde el sábado', 'emergency'],
      ['kidney tx 2018, new back pain this week', 'urgent'],
      ['I had a boil on my thigh last week and now my back hurts', 'urgent'],
      ['yeah i bang dope and my back has hurt deep for a week', 'urgent'],
      // Safety: "que tan alto es el puente" spoken stays self-harm talk ("queman" is only a prefix pattern, so
      // "que tan" is not read as it), and "desde que dormí" is no numbness.
      ['ya busque que tan alto es el puente', 'crisis'],
      // What the withdrawn broad set-asides would hide: a crash on a motorcycle, a goodbye "moving to a better place",
      // "lo mío es" telling one's own sign.
      ['I crashed on my motorcycle and now my back hurts and my leg is numb', 'emergency'],
      ["I'm moving to a better place soon, goodbye everyone", 'crisis'],
      ['lo mío es que no puedo orinar desde ayer', 'emergency'],
      ['No chest pain, just la lower back desde que dormí en el couch', 'none'],
    ]);
    expect(classifyByRules(rules, 'ya busque que tan alto es el puente. asi estoy con este dolor', true).tier).toBe('crisis');
  });

  it('reads learnt wordings beside their look-alikes (round 54)', () => {
    const none = [
      // Other senses set aside: a gym left, a laugh, shingles carried.
      'thinking of ending it with my gym, the machines hurt my back',
      'almost wetting my pants de la risa at the wedding, back stiff from the chairs',
      'carrying shingles up the ladder all day, back hurts',
      'worst back pain ever but I can feel my legs fine and pee normal',
      // "en dos" alone is no tearing pain; "me muero de ganas" stays an idiom; a question not made one's own.
      'Volví de la playa con la espalda tiesa y se me pasó en dos días',
      'me muero de ganas de volver a correr pero la ciática no me deja',
      'what if I cant pee? asking because I read about it',
      'what happens if sciatica makes you leak pee? just reading about it',
      // A word withdrawn: "ni" is a negation cue, so a pattern holding it could never be negated.
      'no tengo nada, ni entre las piernas ni en los pies, solo la cintura',
      // Look-alikes of the learnt wordings, kept narrow: dying of a hernia asked about, going ahead to a visit, a
      // noise heard, a rash spreading, pain past the knee.
      '¿se muere uno si no se opera la hernia?',
      'no se preocupen, mejor me adelanto yo al consultorio',
      'me di cuenta por el ruido que se rompió la silla',
      'the rash started at my ankle and now covers my calf',
      'el dolor ya pasó la rodilla',
      // Look-alikes a review wrote after the whole-diff read (each flagged before it).
      'they used iv tylenol after my knee surgery',
      'me pusieron la inyeccion en la nalga y no la senti',
      'me desperte por el ruido de los vecinos y fui a hacer pipi',
      'estar mucho de pie no me sube el dolor',
      'chocamos las bicis de juguete con mi nieto',
      'llevo 5 dias con 40 mg de naproxeno',
      'le pusieron la infiltracion y ya no siente dolor',
      'tengo dolor en la pierna y mi doctor no me responde los mensajes',
      'it hasnt gotten any better in 2 days',
      'compre una faja chica de 12 dolares',
      'tuve fiebre la semana pasada pero ya se me quito, esta semana volvi a trabajar',
      'my dog, hes just in the way when I do my stretches',
      'walked across the tallest bridge and my back hurt',
      'pienso cosas feas, que me van a tener que operar',
      'se muere uno si se toma el ibuprofeno con alcohol?',
    ];
    expectRulesNone(none);
    expectRulesTiers([
      // Wordings learnt from set BE.
      ["My brother keeps saying he's just in the way and we'd all be fine without him", 'crisis'],
      ['made a list of pros of me being gone and could not think of a con', 'crisis'],
      ['looked up which overpass by my house is the tallest', 'crisis'],
      ['some nights I think about walking into the lake at night and not coming out', 'crisis'],
      ['subí a la azotea y me quedé en el borde un buen rato', 'crisis'],
      ['tengo la pistola de mi papá en la mente todo el día', 'crisis'],
      ['¿se muere uno si se pone todos los parches de una vez?', 'crisis'],
      ['me muero de ganas de morirme', 'crisis'],
      ['a veces pienso que mejor me adelanto yo', 'crisis'],
      ['pienso que mejor me muero de una vez', 'crisis'],
      ['mi tío chocó con la camioneta y le duele mucho la espalda', 'emergency'],
      ['hice pipí y solo me di cuenta por el ruido', 'emergency'],
      ['el pie derecho no me sube y me tropiezo', 'emergency'],
      ['me tocaron la nalga y no la sentí, ni la otra', 'emergency'],
      ['what if I cant pee? asking because I havent been able to since this morning', 'emergency'],
      // A question answered by a count of today's times: BEX's training miss.
      ['is it normal for sciatica to make you leak pee? happened twice today', 'emergency'],
      ['siento que me parten la espalda en dos, de golpe', 'emergency'],
      ['on roids for my asthma for years and now my back hurts', 'urgent'],
      ['I used IV last weekend and now my back hurts in the middle', 'urgent'],
      ['la pierna izquierda no me responde igualito desde ayer', 'urgent'],
      ['I circled the numb patch on my calf and today it is bigger', 'urgent'],
      ['tres días con 38 y me duele la espalda', 'urgent'],
      ['sciatica 3 mo, did all the PT, no better', 'soon'],
      ['mi hija, una chica de 14, lleva semanas con dolor de espalda', 'soon'],
      // A long typo of a clinical word is that word, not a run of short words ("a do r me si mi en to").
      ['tengo las nalgas con adormesimiento desde ayer', 'emergency'],
      ['entumesimiento en la entrepierna desde anoche', 'emergency'],
      // What the set-asides, kept narrow, must not hide: a sign beside a pipe, both legs weak though felt, pills, a
      // year without self-harm thoughts that ended, cardboard lifted before a tearing pain; and what the review found
      // the withdrawn ones hid: a breakup before pills, both languages and both legs, an operation told before a
      // weaker leg, a 55-year-old's new pain, torn boxes before a tearing pain, shingles on the back.
      ['fixing the pipe under the sink and now I cant feel when I pee', 'emergency'],
      ['I can feel my legs but both are weak since this morning', 'emergency'],
      ['thinking of ending it with my pills tonight', 'crisis'],
      ['llevaba un año sin pensamientos de hacerme daño pero ya volvieron', 'crisis'],
      ['levantando cajas de cartón y de repente un dolor desgarrador en la espalda', 'emergency'],
      ['numbness started at my heel and now covers my calf', 'urgent'],
      ['Im ending it with my boyfriend tonight and then Im going to take all my pills', 'crisis'],
      ['mañana celebramos un año sin alcohol y yo solo pienso en matarme', 'crisis'],
      ['im writing in both languages, my legs are both numb', 'emergency'],
      ['a mi papa lo operaron porque tenia hernia, desde la operacion se le durmio la pierna y cada dia esta mas debil', 'emergency'],
      ['im 55 and this is new back pain since sleeping on a 10 year old mattress', 'soon'],
      ['estaba desgarrando cajas y de repente senti un dolor desgarrador en la espalda y casi me desmayo', 'emergency'],
      ['i got shingles up the side of my back last week', 'urgent'],
    ]);
    // Spoken "por qué" is not joined into "porque" by a learnt word: the question stays a question.
    expect(classifyByRules(rules, '¿Por qué preguntan si he bajado de peso cuando uno va por dolor de espalda?', true).tier).toBe('none');
  });

  it('reads learnt wordings beside their look-alikes, and a letter hidden by a star or an exclamation mark (round 55)', () => {
    const none = [
      // Other senses and look-alikes of the wordings learnt from set BF: a joke about a hot body, walking crooked from one-sided
      // sciatica, tools called guns, a crashed game, a film, a question only read about, an iron, a move, a piggyback, pain that
      // is gone, everything taken to the dump, a hotel, a plan of treatment, a return to work, a shy bladder at the lab, a missing
      // space after an exclamation mark, a sports fever, an alarm slept through, dancing.
      'my body is hot 🔥 lol but my back is killing me after leg day',
      'walking chueco because of the sciatica on my right side',
      'camina chueco por la ciática de un lado, nada más',
      "my husband bought a massage gun and he'll use it on himself after work",
      'he got a heat gun for the truck and wants to use it on himself for his back lol',
      'the pc crashed and I fell off my chair, back hurts a bit',
      'did the suicide squad movie marathon, back stiff from the couch',
      'is losing bladder control something to watch for? just reading',
      'le quemé el brazo a la camisa con la plancha, y la espalda me duele',
      'me quemé el brazo cocinando y la espalda me duele',
      'cuando mi mamá se vaya yo también me voy a vivir con mi hermana',
      'ya pensé cómo voy a decirle al jefe que necesito días',
      'el bebé anda a caballito en mi espalda y me duele',
      'dibdib ko masakit kanina pero wala na ngayon',
      'tonight im going to take everything to the dump, my back will hate me',
      'dont want to stay here either, this hotel bed is awful for my back',
      'already decided how to treat my sciatica: PT',
      'he said when he goes back to work im going too',
      'life insurance agent called me, back hurts from sitting',
      'i failed to pee in the cup at the lab, so nervous lol, back is ok',
      'wow!so my back hurts today',
      'super bowl fever in this house, my back hurts from the couch',
      'didnt wake up for my alarm and slept funny, neck and back sore',
      'tearing up the dance floor last night, back a little sore today',
      'something to watch for? asking for a friend, I feel fine',
      'mi hijo de 25 dice que va a terminar con el gimnasio porque le duele la espalda',
      // Look-alikes of the wordings learnt from set BG (moved into training this round): a match that wore one out, a
      // sports fever, a laugh, tears, a meeting, a weekend plan, a story, walking hunched, a mood.
      'me mató el fútbol del sábado jaja, la espalda adolorida',
      'con la fiebre de la pelota en el barrio me duele la espalda de tanto brincar',
      'casi me hago pee de la risa con mi sobrino, la espalda ya mejor',
      'estoy que me meo con los memes de mi prima, la espalda bien',
      'im tearing up reading your tips, thank you, just one sided sciatica',
      "he says he's gonna die if he has to sit through another meeting with his back",
      'I cant go fishing this weekend cause my back is sore',
      'estoy escribiendo un cuento donde al personaje no le sale la orina, es ficción',
      'camino encorvado por el tirón en la cintura, pero camino',
      'feeling kinda blue about my back, just a pulled muscle',
      // Look-alikes two reviews of this round's rules wrote (each flagged by a learnt wording before it was narrowed).
      'tengo gemelos de 2 años y me duele la espalda de cargarlos',
      'ya no meo tanto de noche desde que dejé el café',
      'se me sale la hernia cuando cargo cosas, el médico me mandó un examen de la orina',
      'ayer conseguí el fierro para el techo y al cargarlo me lastimé la espalda',
      'uso una pelotita de masaje debajo de la vértebra que me duele',
      'trabajo en construcción hace 15 años y tengo dolor lumbar',
      'does life insurence cover physical therapy',
      'when he goes to pt im going too, we both have back pain',
      'mi jefe va a usar la incapacidad contra mí',
      'me tiro abajo del carro para cambiar el aceite',
      'my calf puffed just a little after the bee sting, red and itchy',
    ];
    expectRulesNone(none);
    expectRulesTiers([
      // Wordings learnt from set BF (each read none by the rules at round 54's end); a star or an exclamation mark for a letter.
      ['my lola says her pwet is manhid since this morning', 'emergency'],
      ['he tried to pee for an hour and nothing is coming out', 'emergency'],
      ['hindi po ako makaihi since last night, masakit likod', 'emergency'],
      ['mi esposo se hizo encima y no se dio cuenta, la espalda lo mata', 'emergency'],
      ['both my legs are on strike since lunch', 'emergency'],
      ['left leg numb yesterday and now r leg too', 'emergency'],
      ['his legs keep giving weigh under him, worse today', 'emergency'],
      ['el pie se le sigue cayendo y cada día lo levanta menos', 'emergency'],
      ['came off my motorbike on the freeway an hour ago, back is wrecked', 'emergency'],
      ['mi tío se cayó de la terraza y no se puede mover de la espalda', 'emergency'],
      ['the calf pain is now in my chest, feels like someone sitting on my chest', 'emergency'],
      ['fiebre desde ayer y la pierna se me está durmiendo', 'emergency'],
      ["he keeps his pistol in the truck and says he'll use it on himself if the pain stays", 'crisis'],
      ["been keeping the extras in a jar and when I have enough I wont have to deal with any of this again", 'crisis'],
      ["my dad is in hospice. when he goes I'm going too", 'crisis'],
      ['tengo ideas de muerte todo el día por el dolor', 'crisis'],
      ['me quiero ir para siempre, ya no aguanto la espalda', 'crisis'],
      ['pabigat lang ako sa pamilya ko', 'crisis'],
      ['i want to unal!ve myself, the sciatica never stops', 'crisis'],
      ['i want to k!ll myself', 'crisis'],
      ['gonna s*icide tonight', 'crisis'],
      ['hx SH, relapsed last night and cut again', 'crisis'],
      ['lagnat since yesterday and my back is sumasakit', 'urgent'],
      ['my body is hot since two days and my waist is paining me', 'urgent'],
      ['volví a picarme ayer, no me juzguen, y me duele la espalda', 'urgent'],
      ['my right leg is not pulling its weight since Monday, same as yesterday', 'urgent'],
      ['la ciática sigue ni pa lante ni pa tras, ya van dos meses', 'soon'],
      // Wordings learnt from set BG (each read none or lower by the rules at round 54's end).
      ['llevo dos días con fiebre y hoy la pierna derecha no me sostuvo al bajar del bus', 'emergency'],
      ['mi wet up miself last night an neva feel it, back a kill mi', 'emergency'],
      ['mi husband cyaan pee since morning and him back bad', 'emergency'],
      ['her right leg quit its job this morning and its getting worse', 'emergency'],
      ['ya no es solo en la pierna derecha, también me baja por la izquierda', 'emergency'],
      ['desde anoche no meo y tengo la panza hinchada', 'emergency'],
      ['me doy golpes con el palo hasta quedar morada, no puedo parar', 'crisis'],
      ['mandó al grupo que nos quiere mucho y que le perdonemos', 'crisis'],
      ['ya conseguí el fierro, con esta espalda no sigo, esta noche lo hago', 'crisis'],
      ['otra vez la voz que me dice que lo termine', 'crisis'],
      ['mi pierna izquierda no empuja al subir la escalera desde el lunes', 'urgent'],
      ['no pude saltar con la pierna izquierda hoy, me duele la espalda', 'urgent'],
      ['estoy tiritando de frío desde anoche y me duele la espalda', 'urgent'],
      ['la almohada amanece mojada de mi sudor y la espalda me duele', 'urgent'],
      ['el gemelo izquierdo está hinchado, rojo y caliente, respiro bien', 'urgent'],
      ['six weeks of stretches and not one bit better', 'soon'],
      ['tengo una bolita dura sobre una vértebra', 'soon'],
      ['tengo 16 años, dolor lumbar hace un mes y baja a la pierna', 'soon'],
      // Signs the reviews found hidden by a set-aside phrase as first written (each narrowed or withdrawn).
      ['my foot is feeling a bit blue and ice cold and numb, cant feel a pulse', 'emergency'],
      ['estaba escribiendo un cuento cuando de repente se me durmieron las dos piernas y no las siento', 'emergency'],
      ['sudden pain between my shoulder blades like im tearing up inside, started 10 min ago', 'emergency'],
      ['pienso que me mato el trabajo ya no lo aguanto y tengo las pastillas', 'crisis'],
      ['me hice pee de la risa y no lo senti salir, nunca me habia pasado', 'emergency'],
      ['me he lastimado a propósito otra vez con una navaja', 'crisis'],
      ['i wish i didnt wake up to my alarm ever again, im done with this pain', 'crisis'],
      // Training messages the retrained model no longer raises get rules of their own.
      ['my pee just stopped halfway and I cant restart it since this morning', 'emergency'],
      ['🚽❌ since yesterday, back hurts', 'emergency'],
      // A literal kick from a horse stays major trauma: only the simile is set aside.
      ['kicked by a horse on the ranch, back is killing me', 'emergency'],
    ]);
    // Spoken: "bowl" for bowel and a stream not set aside as a game's.
    expect(classifyByRules(rules, 'i cant control my bowl fever since yesterday and my back hurts bad', true).tier).toBe('emergency');
    expect(classifyByRules(rules, 'cant get a stream the last two days my back is killing me', true).tier).toBe('emergency');
  });

  it('reads learnt wordings beside their look-alikes (round 56)', () => {
    // Look-alikes a review tried against the lines as first written (each flagged by one and narrowed or withdrawn),
    // and the set-asides learnt from BH's false alarms.
    const none = [
      'la app se me queda colgando',
      'duermo boca abajo y me cuelga el pie fuera de la cama',
      'la punta del pie me queda colgando de la cama porque soy alto',
      'la manguera colgando, no la puedo alzar sola por la espalda',
      'en yoga no puedo alzar el pie hasta la cabeza como la maestra',
      'tengo una ampolla en el dedo gordo, no puedo ni pararme de puntas',
      'tengo que pararme de puntas para alcanzar la repisa y la espalda cada vez peor',
      'mi bebe da golpes con el pie, mi ciatica empeorando con el embarazo',
      'entro al bano espero cinco minutos y nada de agua caliente en la regadera',
      'espero espero y nada del uber, quiero ir al bano',
      'cuando estoy nerviosa siento que el corazon me late en el ombligo, tambien me duele la espalda',
      'voy a pedir un uber, a ver si un carro me recoge rapido para ir al doctor',
      'fumigue con paraquat toda la mañana y me duele mucho la espalda',
      'the knee pain no responde a la ibuprofeno, que hago',
      'se le va durmiendo la pierna a mi esposo en el sillon, al rato se le pasa',
      'not a big fall fan, my back always hurts when it gets cold, i have osteoporosis',
      'se me durmió la pata sentado en el banco del parque, al ratico normal',
      'en el shuttle al Strip me quedo sentado y se me pone con hormigas la pierna, me paro y se quita',
      'me caí del caballo de chavalo, de eso ya pasaron veinte años, ahora solo molestia con el frío',
      'nueve horas en el bus, llegué con el trasero cuadrado y dormido jaja',
    ];
    expectRulesNone(none);
    expectRulesTiers([
      // Wordings learnt from set BH (each read none or lower by the rules at round 55's end).
      ['a mi papá le cuelga el pie izquierdo, da golpes con el pie al caminar y cada día peor', 'emergency'],
      ['a mi hermana la punta del pie se le queda colgando y no la puede alzar', 'emergency'],
      ['no puedo ni pararme de puntas con esa pierna, cada vez peor desde el lunes', 'emergency'],
      ['entro al baño, espero, espero, y nada desde anoche', 'emergency'],
      ['noto una bola que late en el ombligo y el dolor de espalda llegó de golpe', 'emergency'],
      ['fiebre desde el martes y hoy no pude subir la pierna derecha a la cama', 'emergency'],
      ['tengo fiebre y la pierna izquierda como si no tuviera fuerza', 'emergency'],
      ['voy cruzando la calle sin mirar a ver si un carro me lleva', 'crisis'],
      ['jaja cualquier día me aviento al canal y ya, aunque ya no sé si es broma', 'crisis'],
      ['tengo gramoxone en la bodega, lo he pensado toda la semana', 'crisis'],
      ['Primero se me entumió el talón, al otro día la pantorrilla, y hoy ya lo siento en el muslo derecho. Va subiendo de a poquito', 'urgent'],
      ['se me va durmiendo el muslo, primero la rodilla y ahora casi la cadera', 'urgent'],
      ['my right leg no responde since yesterday, like weak', 'urgent'],
      ['my grandma is 82 and slipt on the ice, back hurts bad', 'urgent'],
      // "por si acaso" (just in case) is no longer a disclaimer: it had set aside a bladder sign told before a goodbye.
      ['llevo desde ayer sin poder orinar. ya le dije adiós a mi esposa por si acaso', 'emergency'],
      // Signs the review found hidden by a set-aside as first written (each withdrawn or narrowed).
      ['se me doblan las dos piernas de repente, ya camine y bien dificil, me agarro de la pared', 'emergency'],
      ['por ahora nada de fiebre y no siento las nalgas', 'emergency'],
      ['no me responden las dos piernas, si me llegara a caer nadie me levanta', 'emergency'],
      ['ya no tengo fuerza normal en las piernas, se me doblan desde ayer', 'emergency'],
      ['estoy haciendo fila en el banco y la pierna izquierda se me puso fria y morada de golpe', 'emergency'],
      ['My husband said hes going to kill himself if the saints lose, he has a gun and hes been drinking', 'crisis'],
      ['if they lose again im taking all my pills tonight, im done with everything', 'crisis'],
      ['after the race my right foot has been numb and its spreading up to my knee', 'urgent'],
      ['trabajo en el strip, me pico con heroina a veces y me duele la espalda', 'urgent'],
      ['tengo neumonia y tomo complejo b, dolor de espalda fuerte', 'urgent'],
    ]);
  });

  it('reads learnt wordings beside their look-alikes (round 57)', () => {
    // Look-alikes a review tried against the lines as first written (each flagged by one and narrowed or withdrawn),
    // and the set-asides learnt from BI's false alarms.
    expectRulesNone([
      'con los chistes del tio en la posada por poco me orino jaja, la espalda ni me dolio',
      'Mi compadre se lastimo la espalda cargando costales, anda chueco pero siente todo bien.',
      'no puedo hacer agua de jamaica porque no tengo flor, me duele la espalda',
      'mi mama no puede hacer agua fresca hoy, le duele la cintura',
      'tenia ganas pero con tanta gente en el bano se me fue la meada',
      'me moje los pants en la lluvia y no senti frio',
      'mi hijo no sale del bano y ya no me obedece, me duele la espalda',
      'la ciatica en la pierna izquierda, ahora tambien me corre por la izquierda hacia la nalga',
      'me compre botas, las dos hasta el talon me rozan',
      'el pie derecho se me queda colgado de la hamaca cuando duermo la siesta',
      'le pego al piso con la suela para matar la cucaracha',
      'la enfermera me pincho la vena tres veces y me duele la espalda',
      'mi pantorrilla derecha siempre ha sido mas gorda que la otra de jugar futbol',
      'me dolia el pie, ya no me aguante y fui al doctor',
      'me duele el pie y no me da la fuerza de voluntad para ir al gym',
      'I ate it on the porch after dinner, the pizza was great, my back hurts though',
      'se me vencieron los papeles del seguro y me duele la pierna',
      'en la noche me muevo y nada, ni me duele',
      'me lastime ayer y ni con hielo ni con calor mejora',
      'hace mes y medio me lastime pero ya estoy bien, ni con el trabajo pesado me ha vuelto',
      'tengo las rodillas moradas de hincarme',
      'my knees gave out on the last set of squats',
      'estoy haciendo una cajita de pino para mi mama, falta que me anime a pintarla',
      'the thermometer outside says 104, my back hurts from mowing the lawn',
      'tengo juersa en las dos piernas',
      'le pego con menos fuerza a la pelota con la pierna derecha porque me duele la espalda',
      'la vejiga bien, el intestino bien, las piernas con fuerza, solo el dolor de cintura',
    ]);
    expectRulesTiers([
      // Wordings learnt from set BI (each read none by the rules at round 56's end).
      ['Las rodillas se me doblan solitas, ya me fui al suelo en el patio dos veces, con la cintura adolorida.', 'emergency'],
      ['al bajar del camion las rodillas se me vencieron, las dos', 'emergency'],
      ['desde ayer se me vencio la pierna derecha y me cai', 'emergency'],
      ['voy tropezando porque el pie derecho se me queda colgado', 'emergency'],
      ['le pego al piso con la suela cuando camino, el pie izquierdo anda flojo', 'emergency'],
      ['mi intestino ya no me obedece y la espalda cada vez peor', 'emergency'],
      ['se me fue la meada en el camion y ni la senti', 'emergency'],
      ['se me escurrio la orina sin que yo la sintiera', 'emergency'],
      ['mi compadre lleva desde el mediodia sin poder hacer agua', 'emergency'],
      ['me moje los pants sentado en el sofa y no senti nada', 'emergency'],
      ['el dolor de la pierna derecha ahora tambien me corre por la izquierda', 'emergency'],
      ['my legz keep buckling under me', 'emergency'],
      ["I tried to kill myself two years ago and I'm having those same thoughts again this week.", 'crisis'],
      ['me pincharon la vena con droga y ahora me duele la espalda', 'urgent'],
      ['la pantorrilla izquierda se ve mas gorda que la otra, colorada y caliente', 'urgent'],
      ['quiero subir a la camioneta con la pierna izquierda, como que no me da la fuerza', 'urgent'],
      ['no tengo juersa en la pierna derecha desde el lunes', 'urgent'],
      ['no tengo juersa en ninguna de las dos piernas y me tienen que ayudar pa ir al baño', 'emergency'],
      ['my grandpa is 80 and ate it on the ice, his back hurts', 'urgent'],
      ['me levanto a las tres por el dolor de espalda, me pongo de lado y nada lo calma', 'soon'],
      ['en la noche me duele la espalda y me muevo y nada, no se quita', 'soon'],
      ['llevo mes y medio con la ciatica y ni con pomadas ni con caminatas', 'soon'],
      // Training flags the round 57 model no longer raises (AR's).
      ['NOTA: pierna derecha con menos fuerza desde el lunes. camino bien. dolor de espalda 5/10.', 'urgent'],
      ['Desde el weekend siento la right leg con menos fuerza, camino ok pero cuando subo al truck se nota', 'urgent'],
      // A training crisis message whose "for a sec" had read as the talk being over (BEX).
      ['been burning myself w cigs when the back pain gets too much. it helps for a sec', 'crisis'],
      // Signs the review found hidden by a set-aside as first written (each withdrawn).
      ['se me duermen las dos piernas desde ayer, pero con fuerza en las dos piernas', 'emergency'],
      ['the kids are tearing up the house and i have a sudden tearing pain in my back', 'emergency'],
      ['what to do if someone cant feel their legs and cant pee, my husband right now', 'emergency'],
      ['la pierna se me dobla cada vez mas, si me llego a caer no se que hare', 'emergency'],
      ['if one more person says im lazy i swear i will kill myself, ive been thinking about it every day', 'crisis'],
      ['me voy a la fiesta y ahi me tomo todas las pastillas', 'crisis'],
      ['i want to kill myself, totally over everything', 'crisis'],
      ['i cant pee since this morning. my headache got better in a day', 'emergency'],
      ['i cant control my bowels, it passed as soon as i sat down', 'emergency'],
      ['no puedo orinar, lo del divorcio eso quedo atras', 'emergency'],
      ['my saddle area has been numb for 2 days, i spent 4 hours in the waiting room', 'emergency'],
      // Strength said beside numbness or sciatica in both legs no longer sets them aside: "las piernas con fuerza" is read
      // as words that name no sign instead of a set-aside of the rule's whole sentence.
      ['se me duermen las dos piernas desde ayer, pero las piernas con fuerza', 'emergency'],
      ['tengo ciatica en las dos piernas, eso si las dos piernas con fuerza', 'emergency'],
      // "hacer agua de" as an idiom hid the sign it begins: only the drinks are idioms now.
      ['no he podido hacer agua para nada desde ayer', 'emergency'],
      ['no puedo hacer agua de ninguna forma desde anoche', 'emergency'],
    ]);
  });

  it('reads round 58\'s wordings beside their look-alikes', () => {
    // Look-alikes a review tried against the lines as first written (the self-harm patterns were narrowed after it),
    // and the sound key's rural "ju" for "fu" where it names no sign.
    expectRulesNone([
      'complaining about my weight to everyone lol. family bbq happened without me',
      'explaining weight to everyone at work, they went to lunch without me',
      'Moving day went on without me, they gave the heavy weight to everybody else',
      'el ano pasado cortaba lena y lo habia dejado. esta semana volvi y me duele la espalda',
      'Había dejado el gym, esta semana volví y me duele la espalda',
      'my butt went numb from the long drive, it went away after an hour',
      'Mi chavalo está en la escuela y todo bien, ¿cuándo mandan los tips?',
      'hace juerte viento ajuera y me duele la espalda',
    ]);
    expectRulesTiers([
      // The training flags no rule read at round 57's end (BE's, BI's, AZ's and BDX's).
      ['El año pasado me cortaba y lo había dejado. Esta semana volví, con la ciática no duermo y es lo único que me calma.', 'crisis'],
      ['im dead weight to everybody. my fam would be chillin without me around', 'crisis'],
      ['Vos sabés que yo trabajo en construcción, ahora el dolor me baja por las dos piernas desde ayer, antes era solo una. Mi chavalo está en la escuela y todo bien.', 'emergency'],
      ["If the numbness around my bottom is just from sitting too long, shouldn't it have gone away by now? It's been numb since yesterday morning and I've been lying down.", 'emergency'],
      // A cause doubted because the sign stays ("shouldnt it have gone away by now") no longer sets it aside.
      ['my butt went numb from the long drive, shouldnt it have gone away by now', 'emergency'],
      // "todo bien" said of a child at school no longer reads as the texter's sign being over.
      ['No siento las piernas desde esta manana. en la escuela y todo bien con mi hijo', 'emergency'],
      // The Spanish sound key reads the rural "ju" for "fu" before "e" in any word (no longer listed word by word).
      ['no tengo juerza en las dos piernas desde anoche', 'emergency'],
      ['se me jue la meada sin sentir', 'emergency'],
    ]);
  });

  it('reads the wordings learnt from set BJ beside their look-alikes (round 58)', () => {
    expectRulesNone([
      // BJ's false alarms.
      'Estoy bien de lo demás, orino bien y siento bien las piernas, nomás me duele la cintura',
      'Mi hermano dice que es el peor dolor de espalda de su vida después de cargar la planta eléctrica, pero siente bien las piernas y orina y evacúa normal.',
      'I leaked pee for a while after my son was born six years ago, that stopped long ago. Now I just have sciatica from carrying laundry up the stairs.',
      'Me lastimé la espalda volteando la carne asada, así de atlético soy jaja, ya ando mejor',
      'Mi hermana grita que nunca había tenido un dolor así, le agarra de la cadera al tobillo izquierdo, pero orina normal, siente todo y camina aunque sea chueca.',
      "Numbness, the kind between your legs that your message warned about, is something I don't have at all, just the regular leg pain",
      // Look-alikes of the lines as first written (each narrowed or withdrawn after a review): "button" read as
      // "buttox", a foot that "came back" (recovered), hips down in an exercise, breathless from running, dirty hands,
      // goat meat, a question about a word.
      "I'm paraplegic since 2010, no sensation below my belly button and that hasn't changed at all.",
      'I had foot drop in 2018 from a disc, it fully came back after surgery and PT. I run 5Ks now. just want tips for a sore lower back',
      'las chivas ganaron y me duele la espalda',
      'lie on your back with hips down and breathe',
      'me duele la pantorrilla de correr y me agito cuando corro',
      'me ensucie las manos con grasa sin sentir',
      'picando la chiva para birria, me duele la espalda',
      '¿qué es una postemilla?',
      'mi hijo de 3 quedo sentado en el suelo jugando',
    ]);
    expectRulesTiers([
      // BJ's misses (each read none, or lower, by the rules at round 57's end).
      ['numbnes in my buttox and privit area, strated today after 2 weeks of sciatca', 'emergency'],
      ["I had the numbness down there for a few hours Tuesday and it went away, but it came back after lunch and it's staying.", 'emergency'],
      ['Ha my legs went on vacation without me, both numb from the hips down since this morning', 'emergency'],
      ['Ayer le dije que ya estaba mejor, pero en la noche me ensucié en la cama sin sentir nada, y el dolor de la espalda volvió con todo.', 'emergency'],
      ['when I go to the bathroom the pee does not start I push and push nothing come since this morning', 'emergency'],
      ['No fumo, no tomo pastillas, no estoy embarazada, pero desde que volví de Houston en el camión traigo la pantorrilla hinchada y ahora me agito nomás de barrer.', 'emergency'],
      ['me ando picando otra vez con chiva, no me juzguen, y traigo un dolor en medio de la espalda que no me deja', 'urgent'],
      ['me inyecto chiva desde hace años, aora me duele muchicimo la espalda desde la semana pasada, no se si es de eso', 'urgent'],
      ['lo dormido de la pierna empeso en el talon el sabado, luego la pantoriya y oy ya lo siento en el muslo', 'urgent'],
      ['Ya se me quitó la postemilla de la muela, acabé el antibiótico el domingo, pero desde entonces me duele la espalda como nunca.', 'urgent'],
      ["No numbness, no bladder problems, no fever. It just hasn't gotten any better in two months of self care.", 'soon'],
      ['Una bolita, que me encontró mi esposa cuando me estaba poniendo pomada en la espalda el domingo después de la carne asada, tengo en la columna, dura y que antes no estaba', 'soon'],
      // An idiom of strength said beside both legs never hides a "no" before it; a walk "aunque sea chueca" sets aside
      // only a bent walk, never a new lump; a child's age is no set-aside of an unfelt wetting after a fall.
      ['pero no siento bien las piernas, las dos dormidas', 'emergency'],
      ['tengo un bulto nuevo en la columna aunque sea chueca', 'soon'],
      ['my son wet himself and doesnt feel it, hes 6 and his back hurts after the fall', 'emergency'],
      // A training flag the round 58 model no longer raises (AS's): a slip that leaves a man over 80 sitting on the floor.
      ["A mi suegro, que ya pasa de los 80, se le fue el pie en el escalón de la entrada y quedó sentado en el suelo. Anda diciendo 'ya me morí' de broma, pero le duele la cintura.", 'urgent'],
    ]);
  });

  it('reads the wordings learnt from set BK beside their look-alikes (round 59)', () => {
    expectRulesNone([
      // BK's false alarms: a story's character, a sack of cement, a laugh, legs said to feel normal, a swelling long
      // gone, a condition told as unreal.
      'Reading a book where the man can\'t feel his legs after a horse kicks him. Scary. My back is just the normal ache.',
      'me dio un tirón bien fuerte al cargar el bulto de cemento, pero siento todo normal',
      "my grandson said my groaning sounds like a moose, I about wet my pants laughing. back's the usual",
      'Legs, both of them, are tired from standing at the register, but they feel normal.',
      'Las dos piernas las siento normales, nomás me duele la derecha al agacharme.',
      'The swelling in my calf went down weeks ago, doctor checked it, all fine.',
      'Si se me pusieran weak las dos legs, ¿llamo al 911?',
      'mi comadre dise que si se te duerme la cola es grave, es sierto?',
      // Look-alikes of the lines as first written (each narrowed or withdrawn after a review): a sack of cement, "no
      // sale" of something else, weak coffee, "rajar la espalda" for hard work, nothing odd below the waist, "could
      // not" go to work, a word that starts with "no".
      'cargué un bulto de cemento y me duele la espalda',
      'la pipi sale normal, lo que no sale es la ciatica',
      'weak coffee this morning and the tea even weaker',
      'la chamba me rajo la espalda, de repente me dieron mas horas',
      'no siento nada raro de la cintura para abajo, solo dolor',
      'I could not go to work today',
      'nosotros estamos bien, gracias',
    ]);
    expectRulesTiers([
      // BK's misses (each read none, or lower, by the rules at round 58's end).
      ['Suppose a person could not pee for 12 hours and had back pain, would that be an emergency? Because that is me right now.', 'emergency'],
      ['911?? mi esposo dice que no siente nada de la cintura pa abajo, ni las piernas ni sus partes, back pain desde el viernes', 'emergency'],
      ['nosiento la cola ni lo de adelante como si estuviera anestesiado desde ayer me duele la espalda', 'emergency'],
      ["Day 1: leg weak. Day 2: weaker. Today: can't lift my right leg onto the buggy step at all. Back pain all week.", 'emergency'],
      ['Estaba descargando la fruta en el mercado de Tepic y me entró un dolor como navajazo que me rajó la espalda de arriba, de golpe. No se me quita.', 'emergency'],
      ['tengo la pierna bien weak, ya no puedo ni pararme en el line, y ayer nomás cojeaba tantito', 'emergency'],
      ["Nurse here, for my sister: acute LBP with radic, now reporting she can't sense bladder fullness. She's 49.", 'emergency'],
      ['Pee, ya traté todo, shower caliente, tomar agua, nada, no sale.', 'emergency'],
      ['i could not control my bladder', 'emergency'],
      ['Ni tos ni falta de aire, nada de eso, pero la pantorrilla la tengo colorada, dura y calientita.', 'urgent'],
      ['Mi abuelita de 79 se quiso subir a la silla para bajar la olla y se le fue de lado, nomás quedó sentada, pero ya no se puede agachar de la espalda.', 'urgent'],
      ['58F, 1st time ever w/ back pain, 1 wk, into L leg', 'soon'],
      ['Photo of my back from my daughter: spine looks like an S now, it used to be straight. Back aches.', 'soon'],
      ['ya van mas d 5 smnas y la ciatica ni x q, hago todo lo q dicen', 'soon'],
      ['Week 1: bad. Week 3: same. Week 6: same. Sciatica still here.', 'soon'],
      ['7 sem c ciatica, no mejora', 'soon'],
      // A lump in the back is still one; a laugh with a wetting not felt is no idiom; a person in the room with a
      // story, or a past verb of one's own, makes the sign theirs.
      ['el bulto en la parte baja de la espalda esta creciendo', 'soon'],
      ["I wet my pants laughing and didn't even feel it, never happened before", 'emergency'],
      ['watching a show where the guy cant feel his legs and now i cant feel mine', 'emergency'],
      ['en la pelicula de anoche perdi el control de la orina y no lo senti', 'emergency'],
      // Training flags the round 59 model no longer raises.
      ['no siento nada ahí cuando estoy con mi esposo, todo dormido, y me duele la espalda desde hace días', 'emergency'],
      ['tengo dormido el chiquito, ya sabes, atras, y la ciatica a full', 'emergency'],
      ['my tia says the sciatica pain se le paso a la otra pierna too, now both sides', 'emergency'],
      ['Estoy en la panadería y tuve que sentarme, me está doliendo el pecho además de la espalda.', 'emergency'],
      ['Mi marido cada vez arrastra más la pierna derecha, por la mañana cojeaba un poco y ahora no puede subir el bordillo. Lleva una semana con ciática', 'emergency'],
      ['Me dio vuelta la camioneta en la ruta 5 cerca de Talca, salí por mi cuenta. Ahora en la casa me duele harto la espalda', 'emergency'],
      ['No pude aguantar. Iba caminando al parking lot de la mill con el back pain de siempre y se me salió. Del intestino.', 'emergency'],
      ['no pude aguantar del intestino se me salió sin avisar tengo lumbago desde el domingo', 'emergency'],
      ['es normal que no pueda controlar el bathroom, like el numero dos? back pain since Monday', 'emergency'],
      ['tengo 80 pirulos y me fui de nalgas en la cocina, ahora la espalda me duele', 'urgent'],
      ['Soy de los que se chutan, ya lo sé. Llevo una semana con la espalda que no me deja', 'urgent'],
      ['desde el Labor Day estoy con la sciatica y ya es mitad de octubre, hago todo lo que dicen y nada', 'soon'],
    ]);
  });

  it('reads someone else\'s fever as theirs alone only when the message could name no back of theirs (round 59)', () => {
    expectRulesNone([
      'Mi nieto tiene calentura por la gripa, por eso no fui a caminar hoy.',
      'Mi hijo tiene fever por la flu de la escuela, por eso no fui al shift hoy.',
      'Mi niño tiene calentura por la vacuna, por eso no hice mis ejercicios hoy. Mi espalda igual que siempre.',
      'My daughter has a fever and a sore throat. My back is fine today, just checking if I can pause the texts this week.',
      'my wife has a fever, my back hurts',
    ]);
    expectRulesTiers([
      // Their back named or hinted (bending, "la parte de atras"), shared or quoted, or the texter's own fever: the
      // tier stays.
      ['my son has a fever and back pain', 'urgent'],
      ['my son has a fever and his back hurts', 'urgent'],
      ['mi hijo tiene calentura y le duele la espalda', 'urgent'],
      ['my husband has a fever and i have one too, my back hurts', 'urgent'],
      ['mi esposo tiene fiebre y yo tambien, me duele la espalda', 'urgent'],
      ['my daughter has a cold and i have a fever', 'urgent'],
      ['my husband has a fever and says my back hurts', 'urgent'],
      ["my son has a fever, my poor baby's back hurts", 'urgent'],
      ['I have a fever, the baby had it last week', 'urgent'],
      ["my son has a fever and now I'm sick with the same thing, my back hurts", 'urgent'],
      ['mi esposo tiene fiebre y esta todo doblado del dolor de la parte de atras', 'urgent'],
      ['my son has a fever and it hurts him to bend over', 'urgent'],
      ['mi hija tuvo fiebre y ya me la paso, me duele la espalda', 'urgent'],
    ]);
  });

  it('returns none for non-flags and empty input', () => {
    expect(classify(rules, '')).toEqual({ tier: 'none', rule: null });
    expect(tierOf('pain shoots down my left leg when i sneeze')).toBe('none');
    expect(tierOf('my leg fell asleep but its fine now')).toBe('none');
  });

  it('stays fast on a maximum-length message', () => {
    const long = 'my back hurts and the pain goes down my left leg when i sit, '.repeat(27).slice(0, 1600);
    expect(classify(rules, long).tier).toBe('none');
    const times = [0, 1, 2].map(() => {
      const start = performance.now();
      classify(rules, long);
      return performance.now() - start;
    });
    // A guard against pathological backtracking, not a benchmark (about 13 ms warm on a laptop).
    expect(Math.min(...times)).toBeLessThan(150);
    expect(classify(rules, `${long} i cant pee`).tier).toBe('emergency');
  });
});
