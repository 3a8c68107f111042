import { authedProcedure, publicProcedure, router } from "@/server/trpc/init";
import { getMe, updateMe } from "./profile";
import { registerUser } from "./register";
import { RegisterRequest, UpdateMeRequest, UserProfile } from "./schemas";

// Sign-in and sign-out go through Auth.js (they set the browser cookie); the rest is here.
export const authRouter = router({
  register: publicProcedure
    .input(RegisterRequest)
    .output(UserProfile)
    .mutation(({ ctx, input }) => registerUser({ ctx, input })),
  me: authedProcedure.output(UserProfile).query(({ ctx }) => getMe({ ctx })),
  updateMe: authedProcedure
    .input(UpdateMeRequest)
    .output(UserProfile)
    .mutation(({ ctx, input }) => updateMe({ ctx, input })),
});
