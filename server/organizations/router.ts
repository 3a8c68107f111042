import { PageQuery } from "@/server/platform/pagination";
import { authedProcedure, router } from "@/server/trpc/init";
import { getMyPermissions } from "./access";
import { addMember, listMembers, removeMember, updateMemberRole } from "./members";
import { replaceMember } from "./member-replace";
import {
  createOrganization,
  deleteOrganization,
  getOrganization,
  listOrganizations,
  updateOrganization,
} from "./organizations";
import {
  AddMemberRequest,
  CreateOrganizationRequest,
  MemberPage,
  MemberParams,
  MemberResponse,
  OrganizationPage,
  OrganizationResponse,
  OrgIdParams,
  ReplaceMemberRequest,
  TeamPage,
  TeamParams,
  TeamRequest,
  TeamResponse,
  UpdateMemberRoleRequest,
  UpdateOrganizationRequest,
} from "./schemas";
import { createTeam, deleteTeam, listTeams, renameTeam } from "./teams";

const org = authedProcedure.input(OrgIdParams);

export const organizationsRouter = router({
  list: authedProcedure
    .input(PageQuery)
    .output(OrganizationPage)
    .query(({ ctx, input }) => listOrganizations({ ctx, input })),
  create: authedProcedure
    .input(CreateOrganizationRequest)
    .output(OrganizationResponse)
    .mutation(({ ctx, input }) => createOrganization({ ctx, input })),
  get: org
    .output(OrganizationResponse)
    .query(({ ctx, input }) => getOrganization({ ctx, orgId: input.org_id })),
  myPermissions: org.query(({ ctx, input }) => getMyPermissions({ ctx, orgId: input.org_id })),
  update: org
    .input(UpdateOrganizationRequest)
    .output(OrganizationResponse)
    .mutation(({ ctx, input }) => updateOrganization({ ctx, orgId: input.org_id, input })),
  delete: org.mutation(({ ctx, input }) => deleteOrganization({ ctx, orgId: input.org_id })),

  members: router({
    list: org
      .input(PageQuery)
      .output(MemberPage)
      .query(({ ctx, input }) => listMembers({ ctx, orgId: input.org_id, input })),
    add: org
      .input(AddMemberRequest)
      .output(MemberResponse)
      .mutation(({ ctx, input }) => addMember({ ctx, orgId: input.org_id, input })),
    updateRole: authedProcedure
      .input(MemberParams.extend(UpdateMemberRoleRequest.shape))
      .output(MemberResponse)
      .mutation(({ ctx, input }) =>
        updateMemberRole({ ctx, orgId: input.org_id, userId: input.user_id, input }),
      ),
    replace: authedProcedure
      .input(MemberParams.extend(ReplaceMemberRequest.shape))
      .output(MemberResponse)
      .mutation(({ ctx, input }) =>
        replaceMember({ ctx, orgId: input.org_id, userId: input.user_id, input }),
      ),
    remove: authedProcedure
      .input(MemberParams)
      .mutation(({ ctx, input }) =>
        removeMember({ ctx, orgId: input.org_id, userId: input.user_id }),
      ),
  }),

  teams: router({
    list: org
      .input(PageQuery)
      .output(TeamPage)
      .query(({ ctx, input }) => listTeams({ ctx, orgId: input.org_id, input })),
    create: org
      .input(TeamRequest)
      .output(TeamResponse)
      .mutation(({ ctx, input }) => createTeam({ ctx, orgId: input.org_id, input })),
    rename: authedProcedure
      .input(TeamParams.extend(TeamRequest.shape))
      .output(TeamResponse)
      .mutation(({ ctx, input }) =>
        renameTeam({ ctx, orgId: input.org_id, teamId: input.team_id, input }),
      ),
    delete: authedProcedure
      .input(TeamParams)
      .mutation(({ ctx, input }) =>
        deleteTeam({ ctx, orgId: input.org_id, teamId: input.team_id }),
      ),
  }),
});
