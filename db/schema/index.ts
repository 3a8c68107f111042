export * from "./users";
export * from "./sessions";
export * from "./rate-limits";
export * from "./organizations";
export * from "./api-keys";
export * from "./conversations";
export * from "./course";
export * from "./xel";
