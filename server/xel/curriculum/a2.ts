import type { AuthoredModule } from "./types";

export const A2_MODULES: AuthoredModule[] = [
  {
    slug: "a2-food-and-shopping",
    title: "Food, drink and shopping",
    description:
      "Words for food and containers, countable and uncountable nouns, and asking for prices.",
    cefr_level: "A2",
    skill: "vocabulary",
    order: 4,
    estimated_minutes: 15,
    lessons: [
      {
        key: "containers",
        title: "Containers and quantities",
        body:
          "*a bottle of water, a carton of milk, a loaf of bread, a packet of biscuits, a jar of jam, " +
          "a can of cola, a bar of chocolate*.\n\n" +
          "Countable nouns have a plural (*two apples*); uncountable nouns do not (*some rice, some bread*). " +
          "Ask **How many apples?** but **How much rice?**",
      },
      {
        key: "shop",
        title: "In a shop",
        body:
          "*How much is this?* — *It's £2.50.* *How much are these?* — *They're £4.* " +
          "*Can I have a bag, please?* *Can I pay by card?*",
      },
    ],
    tasks: [
      {
        key: "loaf",
        lesson: "containers",
        type: "multiple_choice",
        prompt: 'Choose the right word: "I\'d like a ___ of bread, please."',
        options: ["bottle", "loaf", "can", "jar"],
        answer: 1,
        explanation: "Bread comes in a loaf.",
      },
      {
        key: "container-match",
        lesson: "containers",
        type: "matching",
        prompt: "Match each container with what is usually in it.",
        pairs: [
          ["a carton of", "milk"],
          ["a jar of", "jam"],
          ["a bar of", "chocolate"],
          ["a packet of", "biscuits"],
        ],
        explanation:
          "These are the usual pairs: a carton of milk, a jar of jam, a bar of chocolate, a packet of biscuits.",
      },
      {
        key: "much-many",
        lesson: "containers",
        type: "gap_fill",
        prompt: "Complete with much or many.",
        text: "How ___ eggs do we need? How ___ sugar is there?",
        blanks: [["many"], ["much"]],
        explanation: '"Many" with countable plurals (eggs), "much" with uncountable nouns (sugar).',
      },
      {
        key: "uncountable",
        lesson: "containers",
        type: "multiple_choice",
        prompt: "Which word is uncountable?",
        options: ["banana", "egg", "rice", "potato"],
        answer: 2,
        explanation: 'Rice has no plural: we say "some rice", not "two rices".',
      },
      {
        key: "how-much-is",
        lesson: "shop",
        type: "word_order",
        prompt: "Ask about the price.",
        tiles: ["this", "How", "jacket", "is", "much"],
        answers: ["How much is this jacket"],
        explanation: '"How much is …?" asks the price of one thing.',
      },
      {
        key: "pay-card",
        lesson: "shop",
        type: "gap_fill",
        prompt: "Complete the question.",
        text: "Can I pay ___ card?",
        blanks: [["by", "with"]],
        explanation: 'We usually say "pay by card" ("pay with a card" is also possible).',
      },
      {
        key: "greengrocer",
        lesson: "shop",
        type: "short_answer",
        prompt: "Apples, carrots and onions are fruit and ___. Write the missing word.",
        accepted: ["vegetables"],
        explanation: "Carrots and onions are vegetables.",
      },
    ],
  },
  {
    slug: "a2-past-simple",
    title: "The past simple",
    description: "Talk about finished events in the past with regular and irregular verbs.",
    cefr_level: "A2",
    skill: "grammar",
    order: 5,
    estimated_minutes: 15,
    lessons: [
      {
        key: "regular",
        title: "Regular and irregular verbs",
        body:
          "Regular verbs add **-ed**: *work → worked, play → played, study → studied, stop → stopped*.\n\n" +
          "Many common verbs are irregular: *go → went, see → saw, have → had, buy → bought, " +
          "eat → ate, make → made, take → took*.",
      },
      {
        key: "negatives",
        title: "Negatives and questions",
        body:
          "Use **didn't** + the base verb: *I didn't go*. Questions: **Did** + subject + base verb: " +
          "*Did you see the film?* — *Yes, I did. / No, I didn't.* Time words: *yesterday, last week, " +
          "two days ago, in 2019*.",
      },
    ],
    tasks: [
      {
        key: "went",
        lesson: "regular",
        type: "multiple_choice",
        prompt: 'Choose the correct form: "Last summer we ___ to Portugal."',
        options: ["go", "goed", "went", "gone"],
        answer: 2,
        explanation: '"Go" is irregular: the past simple is "went".',
      },
      {
        key: "irregular-match",
        lesson: "regular",
        type: "matching",
        prompt: "Match each verb with its past simple form.",
        pairs: [
          ["buy", "bought"],
          ["eat", "ate"],
          ["take", "took"],
          ["see", "saw"],
        ],
        explanation: "These four verbs are irregular.",
      },
      {
        key: "studied",
        lesson: "regular",
        type: "gap_fill",
        prompt: "Write the past simple of the verbs in brackets.",
        text: "Yesterday I ___ (study) for three hours and then I ___ (stop) for lunch.",
        blanks: [["studied"], ["stopped"]],
        explanation:
          "Consonant + y → -ied (studied); one vowel + one consonant doubles the consonant (stopped).",
      },
      {
        key: "didnt",
        lesson: "negatives",
        type: "multiple_choice",
        prompt: "Choose the correct sentence.",
        options: [
          "I didn't saw him yesterday.",
          "I didn't see him yesterday.",
          "I not saw him yesterday.",
          "I don't saw him yesterday.",
        ],
        answer: 1,
        explanation: "After \"didn't\" we use the base verb: didn't see.",
      },
      {
        key: "did-question",
        lesson: "negatives",
        type: "word_order",
        prompt: "Make a question.",
        tiles: ["weekend", "you", "last", "Did", "football", "play"],
        answers: ["Did you play football last weekend"],
        explanation: "Did + subject + base verb: Did you play …?",
      },
      {
        key: "ago",
        lesson: "negatives",
        type: "short_answer",
        prompt: 'Complete with one word: "I met my best friend ten years ___."',
        accepted: ["ago"],
        explanation: '"Ago" comes after a length of time: ten years ago.',
      },
    ],
  },
  {
    slug: "a2-writing-an-email",
    title: "Writing a short email to a friend",
    description: "Open and close an informal email, link ideas and write about your plans.",
    cefr_level: "A2",
    skill: "writing",
    order: 6,
    estimated_minutes: 20,
    lessons: [
      {
        key: "informal",
        title: "Informal emails",
        body:
          "Start: *Hi Jo,* / *Dear Jo,*. Then ask a question: *How are you?* Give your news and link " +
          "ideas with **and**, **but**, **because** and **so**.\n\nFinish: *See you soon,* / " +
          "*Write back soon,* / *Love,* / *Best wishes,* and your name.",
      },
    ],
    tasks: [
      {
        key: "opening",
        lesson: "informal",
        type: "multiple_choice",
        prompt: "Which is the best way to start an email to a good friend called Ben?",
        options: ["Dear Sir or Madam,", "Hi Ben,", "To whom it may concern,", "Ben Smith:"],
        answer: 1,
        explanation: '"Hi Ben," is friendly; the others are formal or strange for a friend.',
      },
      {
        key: "linkers",
        lesson: "informal",
        type: "gap_fill",
        prompt: "Complete with because, but or so.",
        text: "I can't come on Saturday ___ I'm working. I'm free on Sunday, ___ let's meet then. It's cold, ___ it's sunny.",
        blanks: [["because"], ["so"], ["but"]],
        explanation: '"Because" gives a reason, "so" a result, "but" a contrast.',
      },
      {
        key: "closing",
        lesson: "informal",
        type: "matching",
        prompt: "Match the beginning and the end of each phrase.",
        pairs: [
          ["See you", "soon"],
          ["Best", "wishes"],
          ["Say hello to", "your family"],
          ["Thanks for", "your email"],
        ],
        explanation: "These are common fixed phrases in informal emails.",
      },
      {
        key: "plans-order",
        lesson: "informal",
        type: "word_order",
        prompt: "Put the words in order.",
        tiles: ["to", "going", "I'm", "next", "visit", "month", "you"],
        answers: ["I'm going to visit you next month", "Next month I'm going to visit you"],
        explanation: '"Be going to" + verb talks about plans.',
      },
      {
        key: "how-are-you",
        lesson: "informal",
        type: "short_answer",
        prompt: 'Write the missing word in the question friends often ask first: "How ___ you?"',
        accepted: ["are"],
        explanation: '"How are you?" is the usual friendly question.',
      },
      {
        key: "email-plans",
        lesson: "informal",
        type: "writing",
        prompt:
          "Write an email (60–100 words) to your friend Alex. Tell Alex about your plans for next " +
          "weekend, invite Alex to join you, and say when and where to meet.",
        min_words: 60,
        max_words: 100,
        explanation:
          "A good answer opens and closes like an informal email, covers all three points and links ideas.",
      },
    ],
  },
];
