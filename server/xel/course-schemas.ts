import { z } from "zod";
import { CEFR_LEVELS, SKILLS, TASK_TYPES } from "./curriculum/types";

const Timestamp = z.iso.datetime().meta({ example: "2026-04-16T10:00:03.000Z" });
export const CefrLevel = z.enum(CEFR_LEVELS);
export const Skill = z.enum(SKILLS);
const Status = z.enum(["not_started", "in_progress", "completed"]);

export const ModulesQuery = z.object({
  level: CefrLevel.optional(),
  skill: Skill.optional(),
});
export type ModulesQuery = z.infer<typeof ModulesQuery>;

export const ModuleParams = z.object({ module_id: z.uuid() });
export const TaskParams = z.object({ task_id: z.uuid() });

export const ModuleProgress = z
  .object({
    module_id: z.uuid(),
    task_count: z.number().int(),
    completed_task_count: z.number().int(),
    progress_percent: z.number().int().min(0).max(100),
    status: Status,
    xp_earned: z.number().int(),
  })
  .meta({ id: "XELModuleProgress" });
export type ModuleProgress = z.infer<typeof ModuleProgress>;

export const ModuleSummary = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    title: z.string(),
    description: z.string(),
    cefr_level: CefrLevel,
    skill: Skill,
    order: z.number().int(),
    task_count: z.number().int(),
    completed_task_count: z.number().int(),
    progress_percent: z.number().int().min(0).max(100),
    status: Status,
    xp_earned: z.number().int(),
    estimated_minutes: z.number().int(),
  })
  .meta({ id: "XELModuleSummary" });
export type ModuleSummary = z.infer<typeof ModuleSummary>;

export const ModuleList = z.object({ items: z.array(ModuleSummary) }).meta({ id: "XELModuleList" });

const Option = z.object({ id: z.string(), text: z.string() });

export const TaskContent = z
  .object({
    passage: z.string().optional().meta({ description: "Text the question is about" }),
    options: z.array(Option).optional().meta({ description: "multiple_choice: answer with an id" }),
    text: z.string().optional().meta({ description: 'gap_fill: one "___" per blank' }),
    blank_count: z.number().int().optional(),
    tiles: z
      .array(z.string())
      .optional()
      .meta({ description: "word_order: answer with every tile, in order" }),
    left: z
      .array(Option)
      .optional()
      .meta({ description: "matching: answer { left id: right id }" }),
    right: z.array(Option).optional(),
    min_words: z.number().int().optional(),
    max_words: z.number().int().optional(),
  })
  .meta({ id: "XELTaskContent" });

export const TaskProgress = z.object({
  status: z.enum(["not_started", "attempted", "completed"]),
  attempts: z.number().int(),
  best_score: z.number().int().nullable(),
  xp_earned: z.number().int(),
  last_submitted_at: Timestamp.nullable(),
});

export const TaskView = z
  .object({
    id: z.uuid(),
    lesson_id: z.uuid(),
    order: z.number().int(),
    type: z.enum(TASK_TYPES),
    prompt: z.string(),
    content: TaskContent,
    max_xp: z.number().int(),
    progress: TaskProgress,
  })
  .meta({ id: "XELTask" });
export type TaskView = z.infer<typeof TaskView>;

export const ModuleDetail = ModuleSummary.extend({
  lessons: z.array(
    z.object({ id: z.uuid(), order: z.number().int(), title: z.string(), body: z.string() }),
  ),
  tasks: z.array(TaskView),
}).meta({ id: "XELModule" });
export type ModuleDetail = z.infer<typeof ModuleDetail>;

export const SubmissionRequest = z
  .object({
    response: z
      .unknown()
      .refine((v) => v !== undefined, "This field is required")
      .meta({
        description:
          "multiple_choice: an option id; gap_fill: a list of blank answers; word_order: the " +
          "tiles in order; matching: { left id: right id }; short_answer, writing, speaking: text",
      }),
    time_spent_seconds: z.number().int().min(0).max(86_400).optional(),
  })
  .meta({ id: "XELTaskSubmissionRequest" });
// `response` is checked against the task by the grader, so its type stays open here.
export type SubmissionRequest = { response: unknown; time_spent_seconds?: number };

export const SubmissionResponse = z
  .object({
    submission_id: z.uuid(),
    task_id: z.uuid(),
    is_correct: z.boolean().nullable().meta({ description: "null for evaluated tasks" }),
    score: z.number().int().min(0).max(100),
    feedback: z.string(),
    correct_answer: z
      .unknown()
      .meta({ description: "In the shape of a response; null for evaluated tasks" }),
    xp_awarded: z.number().int(),
    evaluation_id: z
      .uuid()
      .nullable()
      .meta({ description: "Evaluated tasks: the stored evaluation (an addition)" }),
    module_progress: ModuleProgress,
  })
  .meta({ id: "XELTaskSubmission" });
export type SubmissionResponse = z.infer<typeof SubmissionResponse>;

const Day = z.iso.date();

export const Dashboard = z
  .object({
    estimated_level: CefrLevel.nullable(),
    xp_total: z.number().int(),
    level: z.number().int(),
    streak: z.object({
      current: z.number().int(),
      longest: z.number().int(),
      at_risk: z.boolean(),
    }),
    modules_completed: z.number().int(),
    tasks_completed: z.number().int(),
    skills: z.array(
      z.object({
        skill: Skill,
        progress_percent: z.number().int(),
        average_score: z.number().int().nullable(),
      }),
    ),
    weekly_activity: z.array(z.object({ date: Day, xp: z.number().int() })),
    recent_evaluations: z
      .array(
        z.object({
          evaluation_id: z.uuid(),
          skill: z.enum(["writing", "speaking"]),
          status: z.enum(["scored", "insufficient_text"]),
          overall: z.number().nullable(),
          cefr_level: z.enum(["A1", "A2", "B1", "B2", "C1", "C2"]).nullable(),
          task_id: z.string().nullable(),
          created_at: Timestamp,
        }),
      )
      .meta({
        description:
          "The last 10 stored evaluations (GET /api/xel/evaluations/{id} has each in full): of tasks, of texts and of Live transcripts",
      }),
    recent_results: z.array(
      z.object({
        submission_id: z.uuid(),
        task_id: z.uuid(),
        module_id: z.uuid(),
        module_title: z.string(),
        task_type: z.enum(TASK_TYPES),
        is_correct: z.boolean().nullable(),
        score: z.number().int(),
        xp_awarded: z.number().int(),
        created_at: Timestamp,
      }),
    ),
    next_module: ModuleSummary.nullable(),
  })
  .meta({ id: "XELDashboard" });
export type Dashboard = z.infer<typeof Dashboard>;
