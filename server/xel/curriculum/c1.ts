import type { AuthoredModule } from "./types";

export const C1_MODULES: AuthoredModule[] = [
  {
    slug: "c1-inversion-and-cleft",
    title: "Emphasis: inversion and cleft sentences",
    description: "Add emphasis and formality with negative inversion and cleft sentences.",
    cefr_level: "C1",
    skill: "grammar",
    order: 13,
    estimated_minutes: 25,
    lessons: [
      {
        key: "inversion",
        title: "Negative inversion",
        body:
          "After a negative or limiting adverbial at the start of a sentence, the auxiliary comes " +
          "before the subject: *Never have I seen such chaos. Not only did she finish first, but she " +
          "also broke the record. Hardly had we sat down when the alarm went off. " +
          "Under no circumstances should you open this door.*",
      },
      {
        key: "cleft",
        title: "Cleft sentences",
        body:
          "Cleft sentences put the focus on one part: *It was Anna who found the mistake.* " +
          "*What I need is a long holiday.* *All we want is a fair hearing.*",
      },
    ],
    tasks: [
      {
        key: "never",
        lesson: "inversion",
        type: "multiple_choice",
        prompt: "Choose the correct sentence.",
        options: [
          "Never I have seen such a beautiful sunset.",
          "Never have I seen such a beautiful sunset.",
          "Never I saw such a beautiful sunset.",
          "Never seen I have such a beautiful sunset.",
        ],
        answer: 1,
        explanation:
          'After "Never" at the start, the auxiliary comes before the subject: have I seen.',
      },
      {
        key: "not-only",
        lesson: "inversion",
        type: "gap_fill",
        prompt: "Complete the sentence with one word in each gap.",
        text: "Not only ___ he forget the tickets, but he ___ left his passport at home.",
        blanks: [["did"], ["also"]],
        explanation:
          '"Not only did he forget …, but he also …": inversion with "did" in the past simple.',
      },
      {
        key: "hardly",
        lesson: "inversion",
        type: "word_order",
        prompt: "Put the words in order.",
        tiles: ["had", "arrived", "Hardly", "we", "when", "started", "it", "raining"],
        answers: ["Hardly had we arrived when it started raining"],
        explanation: '"Hardly had + subject + past participle … when …"',
      },
      {
        key: "circumstances",
        lesson: "inversion",
        type: "short_answer",
        prompt: 'Complete with one word: "Under no circumstances ___ visitors feed the animals."',
        accepted: ["should", "may", "must", "can"],
        explanation:
          'A modal comes before the subject after "Under no circumstances"; "should" is the most common.',
      },
      {
        key: "what-cleft",
        lesson: "cleft",
        type: "multiple_choice",
        prompt: 'Which sentence puts the focus on "a quieter place to work"?',
        options: [
          "I need a quieter place to work.",
          "A quieter place to work, I need it.",
          "What I need is a quieter place to work.",
          "It is a quieter place to work that needs me.",
        ],
        answer: 2,
        explanation: 'A "what" cleft sentence moves the new information to the end, after "is".',
      },
      {
        key: "it-cleft",
        lesson: "cleft",
        type: "gap_fill",
        prompt: "Complete the cleft sentence.",
        text: "___ was the manager ___ made the final decision, not the team.",
        blanks: [["It"], ["who", "that"]],
        explanation: '"It was … who/that …" focuses on the person.',
      },
      {
        key: "transform",
        lesson: "inversion",
        type: "matching",
        prompt: "Match each beginning with the only ending that completes it correctly.",
        pairs: [
          ["No sooner had the film started", "than the lights went out."],
          ["Hardly had we sat down", "when the phone rang."],
          ["Not only did she win the race,", "but she also broke the record."],
          ["Under no circumstances", "should you open this door."],
        ],
        explanation:
          '"No sooner" pairs with "than", "hardly" with "when", "not only" with "but … also", and "under no circumstances" is followed by an inverted modal.',
      },
    ],
  },
  {
    slug: "c1-academic-register",
    title: "Academic and formal vocabulary",
    description: "Choose precise, formal words for reports, essays and presentations.",
    cefr_level: "C1",
    skill: "vocabulary",
    order: 14,
    estimated_minutes: 25,
    lessons: [
      {
        key: "formal",
        title: "Formal equivalents",
        body:
          "In formal writing prefer single precise verbs to phrasal verbs: *find out → ascertain, " +
          "look into → investigate, go up → increase, cut down on → reduce, put off → postpone, " +
          "point out → indicate*.",
      },
      {
        key: "hedging",
        title: "Hedging",
        body:
          "Academic writers avoid overclaiming: *The results suggest that … It appears that … " +
          "This may be due to … tends to … is likely to …* rather than *This proves that …*",
      },
    ],
    tasks: [
      {
        key: "postpone",
        lesson: "formal",
        type: "multiple_choice",
        prompt:
          'Choose the formal equivalent of "put off": "The meeting has been ___ until further notice."',
        options: ["postponed", "called off", "brought forward", "carried out"],
        answer: 0,
        explanation: '"Put off" means "postpone".',
      },
      {
        key: "phrasal-match",
        lesson: "formal",
        type: "matching",
        prompt: "Match each phrasal verb with its formal equivalent.",
        pairs: [
          ["find out", "ascertain"],
          ["look into", "investigate"],
          ["cut down on", "reduce"],
          ["point out", "indicate"],
        ],
        explanation: "Formal writing often prefers these one-word verbs.",
      },
      {
        key: "hedge",
        lesson: "hedging",
        type: "multiple_choice",
        prompt: "Which sentence is appropriately hedged for an academic report?",
        options: [
          "This proves that sleep improves memory.",
          "Sleep definitely always improves memory.",
          "The findings suggest that sleep may improve memory.",
          "Everyone knows sleep improves memory.",
        ],
        answer: 2,
        explanation: '"Suggest" and "may" present the claim with suitable caution.',
      },
      {
        key: "increase",
        lesson: "formal",
        type: "gap_fill",
        prompt: "Replace the informal words in brackets with one formal word each.",
        text: "Prices ___ (went up) sharply in 2022, and the government has tried to ___ (cut down on) spending.",
        blanks: [
          ["rose", "increased"],
          ["reduce", "curb", "limit", "cut"],
        ],
        explanation: '"Went up" → rose / increased; "cut down on" → reduce.',
      },
      {
        key: "tends",
        lesson: "hedging",
        type: "word_order",
        prompt: "Put the words in order to make a hedged statement.",
        tiles: ["tends", "Public", "be", "transport", "to", "cheaper"],
        answers: ["Public transport tends to be cheaper"],
        explanation: '"Tends to" makes a general claim without saying "always".',
      },
      {
        key: "noun-form",
        lesson: "formal",
        type: "short_answer",
        prompt:
          'Write the noun form of "analyse", as used in: "A detailed ___ of the data is needed."',
        accepted: ["analysis"],
        explanation: "analyse (verb) → analysis (noun).",
      },
    ],
  },
  {
    slug: "c1-speaking-discussion",
    title: "Speaking: leading a discussion",
    description: "Put forward a view, concede points, disagree politely and sum up a discussion.",
    cefr_level: "C1",
    skill: "speaking",
    order: 15,
    estimated_minutes: 25,
    lessons: [
      {
        key: "discussion",
        title: "Discussion language",
        body:
          "Conceding: *I take your point, but …; Admittedly, …; That's a fair point, although …*\n\n" +
          "Disagreeing politely: *I'm not sure I'd go along with that. I see it slightly differently.*\n\n" +
          "Summing up: *So, to sum up where we are …; It seems we broadly agree that …*",
      },
    ],
    tasks: [
      {
        key: "concede",
        lesson: "discussion",
        type: "multiple_choice",
        prompt: "Which phrase concedes a point before disagreeing?",
        options: [
          "You're completely wrong.",
          "I take your point, but I still think the costs are too high.",
          "Whatever you say.",
          "Let's change the subject.",
        ],
        answer: 1,
        explanation: '"I take your point, but …" accepts part of the argument before disagreeing.',
      },
      {
        key: "functions",
        lesson: "discussion",
        type: "matching",
        prompt: "Match each phrase with its function.",
        pairs: [
          ["Admittedly, the plan is expensive.", "conceding a point"],
          ["I see it slightly differently.", "disagreeing politely"],
          ["It seems we broadly agree that …", "summing up"],
          ["Could you expand on that a little?", "asking for more detail"],
        ],
        explanation: "Each phrase does one job in a discussion.",
      },
      {
        key: "go-along",
        lesson: "discussion",
        type: "gap_fill",
        prompt: "Complete the polite disagreement with one word in each gap.",
        text: "I'm not sure I'd go ___ ___ that.",
        blanks: [["along"], ["with"]],
        explanation: '"Go along with" means "agree with".',
      },
      {
        key: "fair-point",
        lesson: "discussion",
        type: "word_order",
        prompt: "Put the words in order.",
        tiles: ["a", "point", "That's", "fair"],
        answers: ["That's a fair point"],
        explanation: '"That\'s a fair point" acknowledges the other speaker.',
      },
      {
        key: "sum-up",
        lesson: "discussion",
        type: "short_answer",
        prompt:
          'Complete with one word: "So, to ___ up, we agree on the goal but not on the timing."',
        accepted: ["sum"],
        explanation: '"To sum up" introduces a summary.',
      },
      {
        key: "argue",
        lesson: "discussion",
        type: "speaking",
        prompt:
          'Speak for about two minutes (150–300 words): "Should cities ban private cars from their ' +
          'centres?" Give your view, concede at least one point to the other side, and sum up.',
        min_words: 150,
        max_words: 300,
        explanation:
          "A strong answer states a view, supports it, concedes a point politely and sums up.",
      },
    ],
  },
];
