import { Args, Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { SignInService } from '@app/auth';
import { Member } from '@app/members';
import { Ctx } from '../graphql/current-actor.decorator';
import type { GraphqlContext } from '../graphql/graphql-context';
import { MemberModel } from '../members/member.model';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`' })
  accessToken: string;

  @Field(() => MemberModel)
  member: Member;
}

@Resolver()
export class AuthResolver {
  constructor(private readonly signIn: SignInService) {}

  @Mutation(() => Boolean, { description: 'E-mails a sign-in link; always true, whether or not the address is known' })
  async requestSignIn(
    @Ctx() context: GraphqlContext,
    @Args('email') email: string,
    @Args('name', { type: () => String, nullable: true }) name?: string | null,
  ): Promise<boolean> {
    await this.signIn.requestSignIn(email, name, context.client);
    return true;
  }

  @Mutation(() => AuthPayloadModel, { name: 'signIn' })
  async signInWithToken(@Ctx() context: GraphqlContext, @Args('token') token: string): Promise<AuthPayloadModel> {
    const result = await this.signIn.signIn(token);
    // The rest of this request sees the new member (e.g. `member { email }`).
    context.actor = { memberId: result.member.id, role: result.member.role };
    context.member = result.member;
    context.authError = null;
    return result;
  }
}
