import type { AuthoredModule } from "./types";

export const B1_MODULES: AuthoredModule[] = [
  {
    slug: "b1-present-perfect",
    title: "Present perfect or past simple?",
    description: "Talk about experiences and recent news, and choose between the two tenses.",
    cefr_level: "B1",
    skill: "grammar",
    order: 7,
    estimated_minutes: 20,
    lessons: [
      {
        key: "experience",
        title: "Experiences and unfinished time",
        body:
          "The present perfect (**have/has + past participle**) links the past to now: experiences " +
          "(*I've been to Japan*), news (*She's just left*), and situations up to now with **for** " +
          "(a length of time) and **since** (a starting point): *I've lived here for six years / since 2019.*",
      },
      {
        key: "contrast",
        title: "Finished time needs the past simple",
        body:
          "With a finished time (*yesterday, last year, in 2015, when I was a child*) use the past simple: " +
          "*I went to Japan in 2018*, not ~~I have been to Japan in 2018~~. Questions with **When…?** " +
          "also take the past simple.",
      },
    ],
    tasks: [
      {
        key: "for-since",
        lesson: "experience",
        type: "gap_fill",
        prompt: "Complete with for or since.",
        text: "I've known Maria ___ 2015, and we've worked together ___ three years.",
        blanks: [["since"], ["for"]],
        explanation: '"Since" + a starting point (2015); "for" + a length of time (three years).',
      },
      {
        key: "ever",
        lesson: "experience",
        type: "multiple_choice",
        prompt: "Choose the best question to ask about someone's life experience.",
        options: [
          "Did you ever eat sushi yesterday?",
          "Have you ever eaten sushi?",
          "Have you ever ate sushi?",
          "Are you ever eating sushi?",
        ],
        answer: 1,
        explanation: 'Experience: present perfect with "ever" and the past participle (eaten).',
      },
      {
        key: "finished-time",
        lesson: "contrast",
        type: "multiple_choice",
        prompt: "Choose the correct sentence.",
        options: [
          "I have visited Rome last year.",
          "I visited Rome last year.",
          "I have visit Rome last year.",
          "I was visited Rome last year.",
        ],
        answer: 1,
        explanation: '"Last year" is a finished time, so we use the past simple.',
      },
      {
        key: "participles",
        lesson: "experience",
        type: "matching",
        prompt: "Match each verb with its past participle.",
        pairs: [
          ["write", "written"],
          ["be", "been"],
          ["forget", "forgotten"],
          ["bring", "brought"],
        ],
        explanation: "All four verbs have irregular past participles.",
      },
      {
        key: "just",
        lesson: "experience",
        type: "word_order",
        prompt: "Put the words in order to give some news.",
        tiles: ["just", "has", "new", "a", "She", "bought", "car"],
        answers: ["She has just bought a new car"],
        explanation: '"Just" goes between "has" and the past participle.',
      },
      {
        key: "when-question",
        lesson: "contrast",
        type: "gap_fill",
        prompt: "Complete the dialogue, using the verbs in brackets where they are given.",
        text: "A: I ___ (lose) my keys, so I can't get in. B: Oh no! When ___ you last ___ (see) them?",
        blanks: [["'ve lost", "have lost"], ["did"], ["see"]],
        explanation:
          'News with a result now takes the present perfect; a "When…?" question takes the past simple.',
      },
      {
        key: "how-long",
        lesson: "experience",
        type: "short_answer",
        prompt:
          'Complete the question with two words: "How long ___ ___ lived in this city?" (you)',
        accepted: ["have you"],
        explanation: '"How long have you lived …?" asks about a situation that continues now.',
      },
    ],
  },
  {
    slug: "b1-reading-city-bikes",
    title: "Reading: a city gets on its bike",
    description: "Understand the main idea and details of a short news article.",
    cefr_level: "B1",
    skill: "reading",
    order: 8,
    estimated_minutes: 20,
    lessons: [
      {
        key: "article",
        title: "The article",
        body:
          "Three years ago, the city council of Marnford decided to close two streets in the centre to " +
          "cars. Many shop owners were worried that they would lose customers. Instead, the number of " +
          "people visiting the centre rose by 15 per cent in the first year. The council also built " +
          "twelve kilometres of new cycle lanes and started a bike-sharing scheme with 400 bikes. " +
          "Residents pay £5 a month to use them.\n\n" +
          "Not everyone is happy. Some older residents say that buses now take longer, because they " +
          "have to drive around the closed streets. The council has promised to add a new bus route " +
          "next spring. However, most people agree that the air in the centre is cleaner and the " +
          "streets are quieter than before.",
      },
    ],
    tasks: [
      {
        key: "main-idea",
        lesson: "article",
        type: "multiple_choice",
        prompt: "What is the article mainly about?",
        options: [
          "Why shops in Marnford closed",
          "How closing streets to cars changed a city centre",
          "A new bus company in Marnford",
          "The price of bikes in the UK",
        ],
        answer: 1,
        explanation: "The article describes the results of closing two central streets to cars.",
      },
      {
        key: "visitors",
        lesson: "article",
        type: "short_answer",
        prompt: "By how much did the number of visitors to the centre rise in the first year?",
        accepted: [
          "15 per cent",
          "15 percent",
          "15%",
          "fifteen per cent",
          "fifteen percent",
          "by 15 per cent",
          "by 15%",
        ],
        explanation:
          '"… the number of people visiting the centre rose by 15 per cent in the first year."',
      },
      {
        key: "numbers",
        lesson: "article",
        type: "matching",
        prompt: "Match each number with what it describes in the article.",
        pairs: [
          ["two", "streets closed to cars"],
          ["twelve", "kilometres of new cycle lanes"],
          ["400", "bikes in the sharing scheme"],
          ["£5", "the monthly cost of the bikes"],
        ],
        explanation: "All four figures appear in the first paragraph.",
      },
      {
        key: "complaint",
        lesson: "article",
        type: "multiple_choice",
        prompt: "Why are some older residents unhappy?",
        options: [
          "The bikes are too expensive.",
          "The air is dirtier than before.",
          "Buses take longer than before.",
          "There are fewer shops.",
        ],
        answer: 2,
        explanation: '"Some older residents say that buses now take longer …"',
      },
      {
        key: "promise",
        lesson: "article",
        type: "gap_fill",
        prompt: "Complete the summary with one word from the article in each gap.",
        text: "The council has promised a new bus ___ next ___.",
        blanks: [["route"], ["spring"]],
        explanation: '"The council has promised to add a new bus route next spring."',
      },
      {
        key: "shop-owners",
        lesson: "article",
        type: "multiple_choice",
        prompt: "What did shop owners expect at first?",
        options: ["More customers", "Fewer customers", "Cheaper rents", "More parking spaces"],
        answer: 1,
        explanation: '"Many shop owners were worried that they would lose customers."',
      },
    ],
  },
  {
    slug: "b1-speaking-experiences",
    title: "Speaking: telling a story from your life",
    description:
      "Tell a short personal story in order, keep the listener interested and react to stories.",
    cefr_level: "B1",
    skill: "speaking",
    order: 9,
    estimated_minutes: 20,
    lessons: [
      {
        key: "story",
        title: "Telling a story",
        body:
          "Set the scene: *This happened a few years ago, when I was living in …* Order events with " +
          "**first, then, after that, in the end**. Show feelings: *I was really nervous / relieved*.\n\n" +
          "Listeners react: *Really? / What happened next? / That must have been scary!*",
      },
    ],
    tasks: [
      {
        key: "sequencers",
        lesson: "story",
        type: "gap_fill",
        prompt: "Complete the story with first, then or in the end.",
        text: "___, we missed the train. ___ we waited two hours for a bus. ___, we arrived at midnight.",
        blanks: [["First"], ["Then"], ["In the end"]],
        explanation:
          '"First" begins the sequence, "then" continues it and "in the end" finishes it.',
      },
      {
        key: "reactions",
        lesson: "story",
        type: "matching",
        prompt: "Match each piece of news with a natural reaction.",
        pairs: [
          ["I won a prize in a competition!", "Congratulations! That's brilliant."],
          ["I lost my passport at the airport.", "Oh no! Did you find it?"],
          ["My flight was cancelled twice.", "That must have been so frustrating."],
          ["I met a famous actor on the train.", "Really? Who was it?"],
        ],
        explanation: "Good reactions fit the feeling of the news and often ask for more.",
      },
      {
        key: "feelings",
        lesson: "story",
        type: "multiple_choice",
        prompt: '"When the doctor said everything was fine, I felt ___." Choose the best word.',
        options: ["relieved", "bored", "jealous", "confused"],
        answer: 0,
        explanation: '"Relieved" is how you feel when a worry goes away.',
      },
      {
        key: "scene",
        lesson: "story",
        type: "word_order",
        prompt: "Put the words in order to set the scene for a story.",
        tiles: ["happened", "This", "years", "a", "ago", "few"],
        answers: ["This happened a few years ago"],
        explanation: '"This happened … ago" is a natural way to start a story.',
      },
      {
        key: "must-have",
        lesson: "story",
        type: "short_answer",
        prompt:
          'Complete the reaction with one word: "You were alone in the forest at night? That ___ have been scary!"',
        accepted: ["must"],
        explanation: '"Must have been" shows you are sure about how someone felt.',
      },
      {
        key: "tell-story",
        lesson: "story",
        type: "speaking",
        prompt:
          "Tell a story (about one to two minutes, 90–200 words) about a time something went wrong " +
          "on a journey. Say when and where it happened, what happened in order, how you felt and how it ended.",
        min_words: 90,
        max_words: 200,
        explanation:
          "A strong answer sets the scene, orders the events clearly and says how you felt.",
      },
    ],
  },
];
