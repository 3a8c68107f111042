import type { AuthoredModule } from "./types";

export const A1_MODULES: AuthoredModule[] = [
  {
    slug: "a1-greetings-everyday-words",
    title: "Hello! Greetings and everyday words",
    description: "Say hello and goodbye, introduce yourself and name everyday things.",
    cefr_level: "A1",
    skill: "vocabulary",
    order: 1,
    estimated_minutes: 10,
    lessons: [
      {
        key: "greetings",
        title: "Greetings and introductions",
        body:
          "We say **Good morning** before midday, **Good afternoon** after midday and **Good evening** " +
          "after about six o'clock. **Good night** is for when you go to bed or leave at night.\n\n" +
          "To introduce yourself: *Hi, I'm Maria.* / *My name is Maria.* The answer: " +
          "*Nice to meet you.* — *Nice to meet you, too.*",
      },
      {
        key: "things",
        title: "Things around us",
        body:
          "Everyday nouns: *a table, a chair, a window, a door, a book, a phone, a cup, a bag*. " +
          "Use **a** before a consonant sound (*a book*) and **an** before a vowel sound (*an apple, an umbrella*).",
      },
    ],
    tasks: [
      {
        key: "good-morning",
        lesson: "greetings",
        type: "multiple_choice",
        prompt: "It is 8 o'clock in the morning. You meet your teacher. What do you say?",
        options: ["Good night.", "Good morning.", "Goodbye.", "Good evening."],
        answer: 1,
        explanation: 'Before midday we say "Good morning".',
      },
      {
        key: "nice-to-meet",
        lesson: "greetings",
        type: "gap_fill",
        prompt: "Complete the conversation.",
        text: "A: Hi, I'm Tom. B: Hello, Tom. My ___ is Ana. Nice to ___ you.",
        blanks: [["name"], ["meet"]],
        explanation: '"My name is …" introduces you; "Nice to meet you" is the polite answer.',
      },
      {
        key: "introduce-order",
        lesson: "greetings",
        type: "word_order",
        prompt: "Put the words in order to make a sentence.",
        tiles: ["you", "to", "Nice", "meet"],
        answers: ["Nice to meet you"],
        explanation: 'The fixed phrase is "Nice to meet you".',
      },
      {
        key: "greeting-times",
        lesson: "greetings",
        type: "matching",
        prompt: "Match each time of day with the greeting.",
        pairs: [
          ["9:00 in the morning", "Good morning"],
          ["3:00 in the afternoon", "Good afternoon"],
          ["7:00 in the evening", "Good evening"],
          ["11:00 at night, going to bed", "Good night"],
        ],
        explanation:
          "Morning before midday, afternoon until about six, evening after six, night at bedtime.",
      },
      {
        key: "a-or-an",
        lesson: "things",
        type: "gap_fill",
        prompt: "Write a or an.",
        text: "I have ___ apple and ___ book in my bag.",
        blanks: [["an"], ["a"]],
        explanation:
          '"An" comes before a vowel sound (an apple), "a" before a consonant sound (a book).',
      },
      {
        key: "drink-from",
        lesson: "things",
        type: "short_answer",
        prompt: "You drink coffee from it. What is it? Write one word.",
        accepted: ["cup", "a cup", "mug", "a mug"],
        explanation: "We drink coffee from a cup (or a mug).",
      },
      {
        key: "door-window",
        lesson: "things",
        type: "multiple_choice",
        prompt: "You open it to go into a room. What is it?",
        options: ["a window", "a chair", "a door", "a table"],
        answer: 2,
        explanation: "We go into a room through a door.",
      },
    ],
  },
  {
    slug: "a1-be-and-present-simple",
    title: "Am, is, are and the present simple",
    description: 'Use the verb "be" and talk about habits with the present simple.',
    cefr_level: "A1",
    skill: "grammar",
    order: 2,
    estimated_minutes: 15,
    lessons: [
      {
        key: "be",
        title: "The verb be",
        body:
          "**I am** (I'm), **you are** (you're), **he / she / it is** (he's, she's, it's), " +
          "**we / they are** (we're, they're).\n\nNegative: *I'm not, she isn't, they aren't*. " +
          "Question: *Are you a student? — Yes, I am.*",
      },
      {
        key: "present-simple",
        title: "The present simple",
        body:
          "For habits and facts: *I work, you work, we work, they work* — but **he / she / it works** " +
          "(add *-s*; *-es* after *-sh, -ch, -s, -x, -o*: *watches, goes*).\n\n" +
          "Negative: *I don't like tea. She doesn't like tea.* Question: *Do you like tea? Does he like tea?*",
      },
    ],
    tasks: [
      {
        key: "she-is",
        lesson: "be",
        type: "multiple_choice",
        prompt: 'Choose the correct word: "My sister ___ a doctor."',
        options: ["am", "is", "are", "be"],
        answer: 1,
        explanation: 'With he, she, it (and "my sister") we use "is".',
      },
      {
        key: "they-are-not",
        lesson: "be",
        type: "gap_fill",
        prompt: 'Complete with the negative form of "be".',
        text: "We are from Spain. We ___ from Italy.",
        blanks: [["aren't", "are not", "'re not"]],
        explanation: 'The negative of "we are" is "we aren\'t" (we are not).',
      },
      {
        key: "works",
        lesson: "present-simple",
        type: "gap_fill",
        prompt: "Complete with the verb in brackets.",
        text: "My father ___ (work) in a bank. He ___ (watch) TV every evening.",
        blanks: [["works"], ["watches"]],
        explanation: "He / she / it takes -s (works), and -es after -ch (watches).",
      },
      {
        key: "doesnt-like",
        lesson: "present-simple",
        type: "multiple_choice",
        prompt: "Choose the correct sentence.",
        options: [
          "She don't like coffee.",
          "She doesn't likes coffee.",
          "She doesn't like coffee.",
          "She not like coffee.",
        ],
        answer: 2,
        explanation: "After \"doesn't\" the verb has no -s: she doesn't like.",
      },
      {
        key: "question-order",
        lesson: "present-simple",
        type: "word_order",
        prompt: "Make a question.",
        tiles: ["live", "Where", "you", "do"],
        answers: ["Where do you live"],
        explanation: "Question word + do + subject + verb: Where do you live?",
      },
      {
        key: "short-answers",
        lesson: "be",
        type: "matching",
        prompt: "Match each question with its short answer.",
        pairs: [
          ["Are you a student?", "Yes, I am."],
          ["Is he from Canada?", "No, he isn't."],
          ["Do they play tennis?", "Yes, they do."],
          ["Does she speak French?", "No, she doesn't."],
        ],
        explanation: "Short answers repeat the helping verb of the question: am, is, do, does.",
      },
      {
        key: "third-person",
        lesson: "present-simple",
        type: "short_answer",
        prompt: 'Write the he/she form of the verb "go": she ___ to school by bus.',
        accepted: ["goes"],
        explanation: "Verbs ending in -o add -es: go → goes.",
      },
    ],
  },
  {
    slug: "a1-reading-my-day",
    title: "Reading: Sam's day",
    description: "Read a short text about a daily routine and find information in it.",
    cefr_level: "A1",
    skill: "reading",
    order: 3,
    estimated_minutes: 12,
    lessons: [
      {
        key: "text",
        title: "Sam's day",
        body:
          "Sam is twenty-five years old. He lives in a small flat in Leeds with his cat, Max. " +
          "Every day, Sam gets up at seven o'clock. He has a shower and eats bread and eggs for " +
          "breakfast. He goes to work by bike. Sam is a nurse and he works in a big hospital. " +
          "He finishes work at four o'clock. In the evening he cooks dinner, reads a book and " +
          "goes to bed at ten. On Saturdays he plays football with his friends.",
      },
    ],
    tasks: [
      {
        key: "job",
        lesson: "text",
        type: "multiple_choice",
        prompt: "What is Sam's job?",
        options: ["He is a teacher.", "He is a doctor.", "He is a nurse.", "He is a cook."],
        answer: 2,
        explanation: 'The text says: "Sam is a nurse and he works in a big hospital."',
      },
      {
        key: "get-up",
        lesson: "text",
        type: "short_answer",
        prompt: "What time does Sam get up? (Write the time in words or numbers.)",
        accepted: [
          "seven o'clock",
          "at seven o'clock",
          "seven",
          "at seven",
          "7",
          "7:00",
          "7 o'clock",
          "at 7",
        ],
        explanation: '"Every day, Sam gets up at seven o\'clock."',
      },
      {
        key: "transport",
        lesson: "text",
        type: "gap_fill",
        prompt: "Complete the sentence with information from the text.",
        text: "Sam goes to work by ___.",
        blanks: [["bike", "bicycle"]],
        explanation: '"He goes to work by bike."',
      },
      {
        key: "routine",
        lesson: "text",
        type: "matching",
        prompt: "Match the time with what Sam does.",
        pairs: [
          ["7:00", "He gets up."],
          ["4:00", "He finishes work."],
          ["10:00", "He goes to bed."],
          ["Saturday", "He plays football."],
        ],
        explanation: "Each time appears in the text with its activity.",
      },
      {
        key: "pet",
        lesson: "text",
        type: "multiple_choice",
        prompt: "Who lives with Sam?",
        options: ["His brother", "His cat", "His friends", "Nobody"],
        answer: 1,
        explanation: '"He lives in a small flat in Leeds with his cat, Max."',
      },
      {
        key: "evening",
        lesson: "text",
        type: "word_order",
        prompt: "Put the words in order to make a true sentence about Sam.",
        tiles: ["a", "the", "book", "reads", "evening", "He", "in"],
        answers: ["He reads a book in the evening", "In the evening he reads a book"],
        explanation: '"In the evening he cooks dinner, reads a book …"',
      },
    ],
  },
];
