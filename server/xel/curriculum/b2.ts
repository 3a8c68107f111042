import type { AuthoredModule } from "./types";

export const B2_MODULES: AuthoredModule[] = [
  {
    slug: "b2-collocations-work",
    title: "Collocations for work and study",
    description: "Use the verbs and adjectives that naturally go with common nouns.",
    cefr_level: "B2",
    skill: "vocabulary",
    order: 10,
    estimated_minutes: 20,
    lessons: [
      {
        key: "verb-noun",
        title: "Verb + noun",
        body:
          "English prefers certain pairs: **make** *a decision, a mistake, progress, an effort*; " +
          "**do** *research, your homework, a course, someone a favour*; **take** *a break, notes, " +
          "responsibility*; **meet** *a deadline*; **raise** *a question*.",
      },
      {
        key: "adjective-noun",
        title: "Adjective + noun",
        body:
          "*heavy traffic, a strong accent, a tough decision, a broad range, a steep learning curve, " +
          "high standards*. We say *heavy rain* (not ~~strong rain~~) but *strong wind*.",
      },
    ],
    tasks: [
      {
        key: "make-do",
        lesson: "verb-noun",
        type: "gap_fill",
        prompt: "Complete with the correct form of make or do.",
        text: "She ___ a lot of research before she ___ a decision.",
        blanks: [
          ["did", "does", "had done"],
          ["made", "makes"],
        ],
        explanation: 'We "do research" and "make a decision".',
      },
      {
        key: "deadline",
        lesson: "verb-noun",
        type: "multiple_choice",
        prompt: '"We worked all weekend to ___ the deadline."',
        options: ["reach", "meet", "make", "do"],
        answer: 1,
        explanation: 'The usual collocation is "meet a deadline".',
      },
      {
        key: "verb-noun-match",
        lesson: "verb-noun",
        type: "matching",
        prompt: "Match each verb with a noun it usually goes with.",
        pairs: [
          ["take", "responsibility"],
          ["raise", "a question"],
          ["make", "progress"],
          ["do", "someone a favour"],
        ],
        explanation: "take responsibility, raise a question, make progress, do someone a favour.",
      },
      {
        key: "heavy",
        lesson: "adjective-noun",
        type: "multiple_choice",
        prompt: "Which collocation is natural?",
        options: ["strong rain", "heavy traffic", "big accent", "tall standards"],
        answer: 1,
        explanation:
          '"Heavy traffic" is natural; we say heavy rain, a strong accent and high standards.',
      },
      {
        key: "learning-curve",
        lesson: "adjective-noun",
        type: "short_answer",
        prompt:
          'Complete with one word: "The new software was hard at first: there was a ___ learning curve."',
        accepted: ["steep"],
        explanation: 'A "steep learning curve" means there is a lot to learn quickly.',
      },
      {
        key: "break",
        lesson: "verb-noun",
        type: "word_order",
        prompt: "Put the words in order.",
        tiles: ["a", "Let's", "minutes", "take", "ten", "for", "break"],
        answers: ["Let's take a break for ten minutes", "Let's take ten minutes for a break"],
        explanation: '"Take a break" is the collocation.',
      },
    ],
  },
  {
    slug: "b2-conditionals",
    title: "Conditionals: real, unreal and past",
    description: "Talk about possible, imaginary and past situations and their results.",
    cefr_level: "B2",
    skill: "grammar",
    order: 11,
    estimated_minutes: 25,
    lessons: [
      {
        key: "first-second",
        title: "First and second conditionals",
        body:
          "**First** (likely): *If it rains, we'll stay in.* **Second** (unlikely or imaginary now): " +
          "*If I had more time, I'd learn the piano.* *If I were you, I'd apply.* " +
          "**Unless** means *if … not*: *We'll be late unless we leave now.*",
      },
      {
        key: "third-mixed",
        title: "Third and mixed conditionals",
        body:
          "**Third** (imaginary past): *If she had left earlier, she would have caught the train.* " +
          "**Mixed** (past cause, present result): *If I had studied medicine, I would be a doctor now.*",
      },
    ],
    tasks: [
      {
        key: "first",
        lesson: "first-second",
        type: "multiple_choice",
        prompt: '"If you ___ the report by Friday, I\'ll send it to the client."',
        options: ["will finish", "finish", "would finish", "finished"],
        answer: 1,
        explanation: "First conditional: if + present simple, will + verb.",
      },
      {
        key: "were-you",
        lesson: "first-second",
        type: "gap_fill",
        prompt: "Complete the advice.",
        text: "If I ___ you, I ___ accept the job offer.",
        blanks: [
          ["were", "was"],
          ["would", "'d"],
        ],
        explanation: '"If I were you, I would …" gives advice (second conditional).',
      },
      {
        key: "third",
        lesson: "third-mixed",
        type: "gap_fill",
        prompt: "Complete the third conditional with the verbs in brackets.",
        text: "If we ___ (book) earlier, we ___ (get) cheaper tickets.",
        blanks: [
          ["had booked", "'d booked"],
          ["would have got", "would've got", "would have gotten", "'d have got"],
        ],
        explanation: "Third conditional: if + past perfect, would have + past participle.",
      },
      {
        key: "unless",
        lesson: "first-second",
        type: "multiple_choice",
        prompt: "Which sentence means the same as \"If you don't hurry, you'll miss the bus\"?",
        options: [
          "Unless you hurry, you'll miss the bus.",
          "Unless you don't hurry, you'll miss the bus.",
          "If you hurry, you'll miss the bus.",
          "Unless you hurry, you won't miss the bus.",
        ],
        answer: 0,
        explanation: '"Unless" means "if … not", so it replaces "if you don\'t".',
      },
      {
        key: "types",
        lesson: "third-mixed",
        type: "matching",
        prompt: "Match each sentence with what it describes.",
        pairs: [
          ["If it's sunny tomorrow, we'll go to the beach.", "a likely future situation"],
          ["If I won the lottery, I'd travel the world.", "an imaginary present or future"],
          ["If he had listened, he wouldn't have got lost.", "an imaginary past"],
          ["If I had taken that job, I'd live in Paris now.", "a past cause with a present result"],
        ],
        explanation: "First, second, third and mixed conditionals, in that order.",
      },
      {
        key: "mixed-order",
        lesson: "third-mixed",
        type: "word_order",
        prompt: "Make a mixed conditional sentence.",
        tiles: ["tired", "so", "wouldn't", "I", "be", "now"],
        answers: ["I wouldn't be so tired now", "Now I wouldn't be so tired"],
        explanation:
          'This is the result half of: "If I had slept more, I wouldn\'t be so tired now."',
      },
    ],
  },
  {
    slug: "b2-opinion-essay",
    title: "Writing an opinion essay",
    description: "Organise an argument, link paragraphs and write a balanced essay.",
    cefr_level: "B2",
    skill: "writing",
    order: 12,
    estimated_minutes: 30,
    lessons: [
      {
        key: "structure",
        title: "Structure",
        body:
          "1. **Introduction**: the topic and your view. 2. **Two body paragraphs**, each with one main " +
          "reason and an example. 3. **A paragraph for the other side** and why you disagree. " +
          "4. **Conclusion**: your view again, in new words.",
      },
      {
        key: "linking",
        title: "Linking ideas",
        body:
          "Adding: *Furthermore, In addition, Moreover*. Contrast: *However, Nevertheless, Although …, " +
          "Despite + noun/-ing*. Result: *Therefore, As a result, Consequently*. " +
          "Concluding: *In conclusion, To sum up, On balance*.",
      },
    ],
    tasks: [
      {
        key: "despite",
        lesson: "linking",
        type: "multiple_choice",
        prompt: '"___ the high cost, many families choose to live in the city."',
        options: ["Although", "Despite", "However", "Even"],
        answer: 1,
        explanation:
          '"Despite" is followed by a noun phrase (the high cost); "although" needs a clause.',
      },
      {
        key: "linker-match",
        lesson: "linking",
        type: "matching",
        prompt: "Match each linker with its function.",
        pairs: [
          ["Moreover", "adding a point"],
          ["Nevertheless", "introducing a contrast"],
          ["Consequently", "introducing a result"],
          ["On balance", "concluding"],
        ],
        explanation: "Each linker signals how the next idea relates to the last.",
      },
      {
        key: "although",
        lesson: "linking",
        type: "gap_fill",
        prompt: "Complete with one linking word in each gap.",
        text: "___ online courses are convenient, some students miss the classroom. ___, most say they would take another one.",
        blanks: [
          ["Although", "Though", "While", "Whilst", "Even though"],
          ["However", "Nevertheless", "Nonetheless", "Still"],
        ],
        explanation:
          '"Although" joins two contrasting clauses; "However" starts a new contrasting sentence.',
      },
      {
        key: "conclusion",
        lesson: "structure",
        type: "multiple_choice",
        prompt: "What should a conclusion of an opinion essay do?",
        options: [
          "Introduce a completely new argument",
          "Repeat the introduction word for word",
          "Restate your view in new words and sum up the main reasons",
          "Give a list of statistics",
        ],
        answer: 2,
        explanation: "A conclusion sums up and restates the view without new arguments.",
      },
      {
        key: "topic-sentence",
        lesson: "structure",
        type: "word_order",
        prompt: "Put the words in order to make a topic sentence.",
        tiles: ["reason", "The", "is", "first", "cost"],
        answers: ["The first reason is cost", "Cost is the first reason"],
        explanation: "A topic sentence tells the reader what the paragraph is about.",
      },
      {
        key: "essay",
        lesson: "structure",
        type: "writing",
        prompt:
          '"Working from home is better than working in an office." Write an opinion essay ' +
          "(180–260 words). Give your view with two reasons and examples, consider the opposite view, " +
          "and finish with a conclusion.",
        min_words: 180,
        max_words: 260,
        explanation:
          "A strong essay has clear paragraphs, linked ideas, a balanced argument and a conclusion.",
      },
    ],
  },
];
