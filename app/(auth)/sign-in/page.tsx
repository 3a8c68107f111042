import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSignedInUser } from "@/server/auth/page-user";

export const metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string }>;
}) {
  if (await getSignedInUser()) redirect("/home");
  const { next } = await searchParams;
  return (
    <AuthCard
      title="Sign in to Xentree"
      footer={
        <>
          New here?{" "}
          <Link href="/sign-up" className="font-medium text-accent hover:underline">
            Create an account
          </Link>
        </>
      }
    >
      <SignInForm redirectTo={next ?? "/home"} />
    </AuthCard>
  );
}
