/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MyCalendarFeed {\n    me { id calendarFeedUrl calendarFeedWebcalUrl }\n  }\n": typeof types.MyCalendarFeedDocument,
    "\n  fragment IssueSummary on Issue {\n    id\n    title\n    kind\n    status\n    topics\n    supportCount\n    createdAt\n    submitter { id name }\n  }\n": typeof types.IssueSummaryFragmentDoc,
    "\n  query MeetupAdmin($id: ID!) {\n    meetup(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      timezone\n      status\n      cancellationReason\n      venue\n      onlineUrl\n      capacity\n      goingCount\n      waitlistCount\n      checkInCode\n      series { id title registrationQuestions }\n      agenda { id position title presenter durationMinutes issue { id title status supportCount } }\n    }\n  }\n": typeof types.MeetupAdminDocument,
    "\n  fragment AssignmentSummary on Assignment {\n    id\n    title\n    status\n    overdue\n    dueOn\n    progressPercent\n    leadOrganization { id name }\n    coordinatingOrganizations { id name }\n    issue { id title }\n  }\n": typeof types.AssignmentSummaryFragmentDoc,
    "\n  query AssignmentList($filter: AssignmentFilter, $after: String) {\n    assignments(filter: $filter, first: 20, after: $after) {\n      totalCount\n      edges { node { ...AssignmentSummary } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AssignmentListDocument,
    "\n  query AssignmentOrganizations {\n    organizations { id name }\n    openAssignments: assignments(filter: { status: OPEN }, first: 20) { edges { node { id title } } }\n  }\n": typeof types.AssignmentOrganizationsDocument,
    "\n  query AssigneeSearch($search: String!) {\n    members(search: $search) { id name organization { id name } }\n  }\n": typeof types.AssigneeSearchDocument,
    "\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) { id title leadOrganization { id name } dueOn }\n  }\n": typeof types.CreateAssignmentDocument,
    "\n  query OverdueBoard($after: String) {\n    assignments(filter: { overdue: true }, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AssignmentSummary } }\n    }\n  }\n": typeof types.OverdueBoardDocument,
    "\n  query Scorecards {\n    organizationScorecards { organization { id name } open done doneOnTime overdue medianDaysToComplete }\n  }\n": typeof types.ScorecardsDocument,
    "\n  mutation ReportProgress($id: ID!, $input: AssignmentProgressInput!) {\n    reportAssignmentProgress(id: $id, input: $input) { id status progressPercent overdue }\n  }\n": typeof types.ReportProgressDocument,
    "\n  mutation RequestSignIn($email: String!, $name: String) {\n    requestSignIn(email: $email, name: $name)\n  }\n": typeof types.RequestSignInDocument,
    "\n  mutation SignIn($token: String!) {\n    signIn(token: $token) { accessToken member { id name locale } }\n  }\n": typeof types.SignInDocument,
    "\n  query ConsultationPage($id: ID!) {\n    consultation(id: $id) {\n      id\n      title\n      summary\n      status\n      opensAt\n      closesAt\n      commentCount\n      reportUrl\n      reportHtmlUrl\n      sections {\n        id\n        position\n        level\n        heading\n        body\n        commentCount\n        comments { id body createdAt editedAt hidden editableByMe response respondedAt accepted author { id name } }\n      }\n    }\n  }\n": typeof types.ConsultationPageDocument,
    "\n  mutation CommentOnSection($sectionId: ID!, $body: String!) {\n    commentOnSection(sectionId: $sectionId, body: $body) { id }\n  }\n": typeof types.CommentOnSectionDocument,
    "\n  mutation EditConsultationComment($id: ID!, $body: String!) {\n    editConsultationComment(id: $id, body: $body) { id body editedAt }\n  }\n": typeof types.EditConsultationCommentDocument,
    "\n  mutation RespondToComment($id: ID!, $response: String!, $accepted: Boolean!) {\n    respondToComment(id: $id, response: $response, accepted: $accepted) { id response accepted respondedAt }\n  }\n": typeof types.RespondToCommentDocument,
    "\n  mutation HideConsultationComment($id: ID!) {\n    hideConsultationComment(id: $id) { id hidden }\n  }\n": typeof types.HideConsultationCommentDocument,
    "\n  mutation UnhideConsultationComment($id: ID!) {\n    unhideConsultationComment(id: $id) { id hidden }\n  }\n": typeof types.UnhideConsultationCommentDocument,
    "\n  query ConsultationList {\n    consultations { id title summary status opensAt closesAt commentCount }\n  }\n": typeof types.ConsultationListDocument,
    "\n  mutation CreateConsultation($input: ConsultationInput!) {\n    createConsultation(input: $input) { id }\n  }\n": typeof types.CreateConsultationDocument,
    "\n  query EcosystemMapPage($sector: String, $kinds: [OrganizationKind!]) {\n    ecosystemMap(sector: $sector, kinds: $kinds) {\n      organizations { id name shortName kind sectors address location { latitude longitude } }\n      projects { id name stage sectors }\n      links { provider { id } project { id } kinds supports }\n    }\n  }\n": typeof types.EcosystemMapPageDocument,
    "\n  query EcosystemSectors {\n    ecosystemMap { organizations { id sectors } projects { id sectors } }\n  }\n": typeof types.EcosystemSectorsDocument,
    "\n  mutation UpdateOrganizationProfile($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) { id description sectors services address website location { latitude longitude } }\n  }\n": typeof types.UpdateOrganizationProfileDocument,
    "\n  query StartupCompanies {\n    organizations { id name kind }\n  }\n": typeof types.StartupCompaniesDocument,
    "\n  mutation RegisterStartupProject($input: StartupProjectInput!) {\n    registerStartupProject(input: $input) { id }\n  }\n": typeof types.RegisterStartupProjectDocument,
    "\n  mutation UpdateStartupProject($id: ID!, $input: StartupProjectInput!) {\n    updateStartupProject(id: $id, input: $input) { id name summary stage sectors teamSize foundedOn company { id name } }\n  }\n": typeof types.UpdateStartupProjectDocument,
    "\n  query StartupProjectPage($id: ID!) {\n    startupProject(id: $id) {\n      id name summary stage sectors teamSize foundedOn createdAt canEdit\n      company { id name }\n      contact { id name }\n      supports { id kind startedOn endedOn note verified provider { id name } }\n    }\n  }\n": typeof types.StartupProjectPageDocument,
    "\n  query SupportProviders {\n    organizations { id name }\n  }\n": typeof types.SupportProvidersDocument,
    "\n  mutation RecordSupport($input: RecordSupportInput!) {\n    recordSupport(input: $input) { id }\n  }\n": typeof types.RecordSupportDocument,
    "\n  query ProgrammeTargetsPage {\n    programmeTargets { id title metric goal startsOn endsOn achieved expectedByNow onTrack byYear { year achieved cumulative } }\n  }\n": typeof types.ProgrammeTargetsPageDocument,
    "\n  query IssuePage($id: ID!) {\n    issue(id: $id) {\n      id\n      title\n      description\n      kind\n      status\n      topics\n      createdAt\n      supportCount\n      supportedByMe\n      raisedCount\n      officialResponse\n      submitter { id name }\n      organization { id name }\n      addressedTo { id name }\n      duplicateOf { id title }\n      agendaItems { id meetup { id title startsAt timezone } }\n      assignments { id title status overdue dueOn progressPercent leadOrganization { id name } }\n      timeline { at type note meetupId actor { id name } }\n      comments { id body createdAt editedAt hidden author { id name } onBehalfOf { id name } }\n    }\n  }\n": typeof types.IssuePageDocument,
    "\n  mutation SupportIssue($id: ID!) {\n    supportIssue(id: $id) { id supportCount supportedByMe }\n  }\n": typeof types.SupportIssueDocument,
    "\n  mutation WithdrawIssueSupport($id: ID!) {\n    withdrawIssueSupport(id: $id) { id supportCount supportedByMe }\n  }\n": typeof types.WithdrawIssueSupportDocument,
    "\n  mutation AddIssueComment($issueId: ID!, $body: String!) {\n    addIssueComment(issueId: $issueId, body: $body) { id }\n  }\n": typeof types.AddIssueCommentDocument,
    "\n  query IssueList($filter: IssueFilter, $after: String) {\n    issues(filter: $filter, first: 20, after: $after) {\n      totalCount\n      edges { node { ...IssueSummary } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.IssueListDocument,
    "\n  query SimilarIssues($title: String!, $description: String) {\n    similarIssues(title: $title, description: $description) { id title status supportCount }\n  }\n": typeof types.SimilarIssuesDocument,
    "\n  query OrganizationOptions {\n    organizations { id name shortName }\n  }\n": typeof types.OrganizationOptionsDocument,
    "\n  mutation SubmitIssue($input: SubmitIssueInput!) {\n    submitIssue(input: $input) { id }\n  }\n": typeof types.SubmitIssueDocument,
    "\n  query AgendaBacklog {\n    issues(filter: { status: SUBMITTED, hidden: false, mostSupported: true }, first: 20) {\n      edges { node { id title kind supportCount } }\n    }\n  }\n": typeof types.AgendaBacklogDocument,
    "\n  query PreviousAgenda($seriesId: ID!, $before: DateTime!) {\n    meetups(filter: { seriesId: $seriesId, to: $before, newestFirst: true, status: SCHEDULED }, first: 1) {\n      edges { node { id startsAt agenda { id issue { id title status } } } }\n    }\n  }\n": typeof types.PreviousAgendaDocument,
    "\n  mutation ScheduleIssue($issueId: ID!, $meetupId: ID!) {\n    scheduleIssue(issueId: $issueId, meetupId: $meetupId) { id }\n  }\n": typeof types.ScheduleIssueDocument,
    "\n  mutation AddAgendaItem($meetupId: ID!, $input: AgendaItemInput!) {\n    addAgendaItem(meetupId: $meetupId, input: $input) { id }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation ReorderAgenda($meetupId: ID!, $itemIds: [ID!]!) {\n    reorderAgenda(meetupId: $meetupId, itemIds: $itemIds) { id position }\n  }\n": typeof types.ReorderAgendaDocument,
    "\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id) { id }\n  }\n": typeof types.RemoveAgendaItemDocument,
    "\n  query Home {\n    nextMeetup { ...MeetupDetails }\n    issues(first: 3) {\n      edges { node { ...IssueSummary } }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query MeetupTellCount($meetupId: ID!) {\n    meetupAttendees(meetupId: $meetupId) { memberId status }\n  }\n": typeof types.MeetupTellCountDocument,
    "\n  mutation UpdateMeetup($id: ID!, $input: UpdateMeetupInput!) {\n    updateMeetup(id: $id, input: $input) { id title startsAt endsAt venue capacity onlineUrl }\n  }\n": typeof types.UpdateMeetupDocument,
    "\n  mutation CancelMeetup($id: ID!, $reason: String) {\n    cancelMeetup(id: $id, reason: $reason) { id status cancellationReason }\n  }\n": typeof types.CancelMeetupDocument,
    "\n  query MeetupPage($id: ID!) {\n    meetup(id: $id) {\n      ...MeetupDetails\n      minutes { ...MinutesDetails }\n    }\n  }\n": typeof types.MeetupPageDocument,
    "\n  fragment MeetupListItem on Meetup {\n    id\n    title\n    startsAt\n    endsAt\n    timezone\n    status\n    cancellationReason\n    venue\n    goingCount\n    spotsLeft\n    myRsvp { id status waitlistPosition }\n    minutes { id status }\n  }\n": typeof types.MeetupListItemFragmentDoc,
    "\n  query UpcomingMeetups($now: DateTime!) {\n    meetups(filter: { from: $now }, first: 13) { edges { node { ...MeetupListItem } } }\n  }\n": typeof types.UpcomingMeetupsDocument,
    "\n  query PastMeetups($now: DateTime!, $after: String) {\n    meetups(filter: { to: $now, newestFirst: true }, first: 20, after: $after) {\n      edges { node { ...MeetupListItem } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PastMeetupsDocument,
    "\n  query SeriesList {\n    meetupSeries { id title recurrence startTime timezone venue capacity startsOn }\n  }\n": typeof types.SeriesListDocument,
    "\n  query SeriesForEdit($id: ID!) {\n    meetupSeriesById(id: $id) { id title description recurrence startsOn startTime durationMinutes timezone venue onlineUrl capacity reminderMinutesBefore registrationQuestions }\n  }\n": typeof types.SeriesForEditDocument,
    "\n  mutation CreateSeries($input: CreateMeetupSeriesInput!) {\n    createMeetupSeries(input: $input) { id }\n  }\n": typeof types.CreateSeriesDocument,
    "\n  mutation UpdateSeries($id: ID!, $input: UpdateMeetupSeriesInput!) {\n    updateMeetupSeries(id: $id, input: $input) { id title }\n  }\n": typeof types.UpdateSeriesDocument,
    "\n  fragment MeetupDetails on Meetup {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    timezone\n    status\n    cancellationReason\n    moved\n    venue\n    venueAddress\n    onlineUrl\n    capacity\n    goingCount\n    waitlistCount\n    spotsLeft\n    icsUrl\n    googleCalendarUrl\n    series { id title icsUrl guestLimit registrationQuestions }\n    myRsvp { id status guests waitlistPosition fromStanding answers }\n    agenda {\n      id\n      position\n      title\n      presenter\n      durationMinutes\n      issue { id title kind status supportCount }\n    }\n  }\n": typeof types.MeetupDetailsFragmentDoc,
    "\n  mutation RegenerateCalendarToken {\n    regenerateCalendarToken { id calendarFeedUrl calendarFeedWebcalUrl }\n  }\n": typeof types.RegenerateCalendarTokenDocument,
    "\n  mutation SaveLocale($locale: Locale!) {\n    updateProfile(input: { locale: $locale }) { id locale }\n  }\n": typeof types.SaveLocaleDocument,
    "\n  query MePage($now: DateTime!) {\n    me {\n      id\n      name\n      email\n      role\n      organization { id name }\n      affiliation { status role organization { id name } }\n      notificationPreferences {\n        weeklyDigest rsvpConfirmation waitlistPromotion meetupChanges minutesPublished issueUpdates assignmentUpdates deadlineReminders meetupReminders\n      }\n      calendarFeedUrl\n      calendarFeedWebcalUrl\n      standingRsvps { guests series { id title } }\n    }\n    meetups(filter: { from: $now, status: SCHEDULED }, first: 13) {\n      edges { node { id title startsAt timezone myRsvp { id status guests waitlistPosition } } }\n    }\n  }\n": typeof types.MePageDocument,
    "\n  query MyIssues($filter: IssueFilter!) {\n    issues(filter: $filter, first: 20) { totalCount edges { node { ...IssueSummary } } }\n  }\n": typeof types.MyIssuesDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation DeleteMyAccount($confirmEmail: String!) {\n    deleteMyAccount(confirmEmail: $confirmEmail)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  mutation SaveNotificationPreferences($preferences: NotificationPreferencesInput!) {\n    updateProfile(input: { notificationPreferences: $preferences }) {\n      id\n      notificationPreferences {\n        weeklyDigest rsvpConfirmation waitlistPromotion meetupChanges minutesPublished issueUpdates assignmentUpdates deadlineReminders meetupReminders\n      }\n    }\n  }\n": typeof types.SaveNotificationPreferencesDocument,
    "\n  query People($search: String) {\n    members(search: $search) { id name email role organization { id name } }\n  }\n": typeof types.PeopleDocument,
    "\n  mutation SetMemberRole($memberId: ID!, $role: Role!) {\n    setMemberRole(memberId: $memberId, role: $role) { id role }\n  }\n": typeof types.SetMemberRoleDocument,
    "\n  query ProfileOrganizations {\n    organizations { id name }\n  }\n": typeof types.ProfileOrganizationsDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { id name organization { id name } affiliation { status role organization { id name } } }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query MinutesEditor($id: ID!) {\n    meetup(id: $id) {\n      id\n      minutes {\n        id\n        status\n        version\n        summary\n        publishedAt\n        decisions { id text issues { id } }\n        attendees { id }\n        itemNotes { agendaItemId note }\n        versions { version publishedAt reason summary decisions { id text } }\n      }\n    }\n    meetupAttendees(meetupId: $id) { memberId name checkedIn status }\n  }\n": typeof types.MinutesEditorDocument,
    "\n  mutation SaveMinutes($meetupId: ID!, $input: MinutesInput!) {\n    saveMinutes(meetupId: $meetupId, input: $input) { id status version }\n  }\n": typeof types.SaveMinutesDocument,
    "\n  mutation PublishMinutes($meetupId: ID!) {\n    publishMinutes(meetupId: $meetupId) { id status version publishedAt }\n  }\n": typeof types.PublishMinutesDocument,
    "\n  mutation AmendMinutes($meetupId: ID!, $input: MinutesInput!, $reason: String!) {\n    amendMinutes(meetupId: $meetupId, input: $input, reason: $reason) { id status version }\n  }\n": typeof types.AmendMinutesDocument,
    "\n  fragment MinutesDetails on Minutes {\n    id\n    status\n    version\n    publishedAt\n    summary\n    htmlUrl\n    attendees { id name }\n    decisions { id position text issues { id title } }\n  }\n": typeof types.MinutesDetailsFragmentDoc,
    "\n  query AuditLog($targetType: String) {\n    auditLog(first: 50, targetType: $targetType) { id at action targetType targetId before after actor { id name } }\n  }\n": typeof types.AuditLogDocument,
    "\n  query DeliveryMeetups($now: DateTime!) {\n    meetups(filter: { to: $now, newestFirst: true }, first: 20) {\n      edges { node { id title startsAt timezone } }\n    }\n  }\n": typeof types.DeliveryMeetupsDocument,
    "\n  query DeliveryMembers($search: String!) {\n    members(search: $search) { id name email }\n  }\n": typeof types.DeliveryMembersDocument,
    "\n  query Deliveries($meetupId: ID, $memberId: ID) {\n    deliveries(meetupId: $meetupId, memberId: $memberId) { id kind status attempts createdAt sentAt lastError member { id name } }\n  }\n": typeof types.DeliveriesDocument,
    "\n  query IssueModeration($id: ID!) {\n    issue(id: $id) {\n      id\n      title\n      status\n      allowedNextStatuses\n      hidden\n      hiddenReason\n      officialResponse\n      comments { id body hidden hiddenReason author { id name } }\n    }\n  }\n": typeof types.IssueModerationDocument,
    "\n  query DuplicateCandidates($search: String!) {\n    issues(filter: { search: $search }, first: 10) {\n      edges { node { id title status } }\n    }\n  }\n": typeof types.DuplicateCandidatesDocument,
    "\n  mutation SetIssueStatus($id: ID!, $status: IssueStatus!, $note: String, $duplicateOfId: ID) {\n    setIssueStatus(id: $id, status: $status, note: $note, duplicateOfId: $duplicateOfId) { id status allowedNextStatuses officialResponse duplicateOf { id title } }\n  }\n": typeof types.SetIssueStatusDocument,
    "\n  mutation HideIssue($id: ID!, $reason: String!) {\n    hideIssue(id: $id, reason: $reason) { id hidden hiddenReason }\n  }\n": typeof types.HideIssueDocument,
    "\n  mutation UnhideIssue($id: ID!) {\n    unhideIssue(id: $id) { id hidden hiddenReason }\n  }\n": typeof types.UnhideIssueDocument,
    "\n  mutation HideIssueComment($id: ID!, $reason: String) {\n    hideIssueComment(id: $id, reason: $reason) { id hidden hiddenReason }\n  }\n": typeof types.HideIssueCommentDocument,
    "\n  mutation UnhideIssueComment($id: ID!) {\n    unhideIssueComment(id: $id) { id hidden hiddenReason }\n  }\n": typeof types.UnhideIssueCommentDocument,
    "\n  query HiddenIssues($after: String) {\n    issues(filter: { hidden: true }, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status createdAt hiddenReason submitter { id name } } }\n    }\n  }\n": typeof types.HiddenIssuesDocument,
    "\n  query AwaitingIssues($after: String) {\n    issues(filter: { status: SUBMITTED, hidden: false }, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title createdAt supportCount submitter { id name } } }\n    }\n  }\n": typeof types.AwaitingIssuesDocument,
    "\n  mutation UnhideIssueFromList($id: ID!) {\n    unhideIssue(id: $id) { id hidden hiddenReason }\n  }\n": typeof types.UnhideIssueFromListDocument,
    "\n  query AffiliationRequests {\n    affiliationRequests { requestedAt emailDomain member { id name } organization { id name } }\n    unverifiedSupports { id kind startedOn provider { id name } project { id name } }\n  }\n": typeof types.AffiliationRequestsDocument,
    "\n  query OrganizationAffiliations($id: ID!) {\n    organization(id: $id) {\n      id\n      affiliations { status role requestedAt emailDomain member { id name } }\n    }\n  }\n": typeof types.OrganizationAffiliationsDocument,
    "\n  mutation ConfirmAffiliation($memberId: ID!, $role: AffiliationRole) {\n    confirmAffiliation(memberId: $memberId, role: $role) { status role member { id } }\n  }\n": typeof types.ConfirmAffiliationDocument,
    "\n  mutation ConfirmAffiliations($memberIds: [ID!]!) {\n    confirmAffiliations(memberIds: $memberIds) { status member { id } }\n  }\n": typeof types.ConfirmAffiliationsDocument,
    "\n  mutation DeclineAffiliation($memberId: ID!) {\n    declineAffiliation(memberId: $memberId)\n  }\n": typeof types.DeclineAffiliationDocument,
    "\n  mutation EndAffiliation($memberId: ID!) {\n    endAffiliation(memberId: $memberId)\n  }\n": typeof types.EndAffiliationDocument,
    "\n  mutation ConfirmSupport($id: ID!) {\n    confirmSupport(id: $id) { id verified }\n  }\n": typeof types.ConfirmSupportDocument,
    "\n  query OrganizationPage($id: ID!) {\n    organization(id: $id) {\n      id name shortName kind website description sectors services address\n      location { latitude longitude }\n      projects { id name }\n    }\n    organizationScorecards { organization { id } open done doneOnTime overdue medianDaysToComplete }\n  }\n": typeof types.OrganizationPageDocument,
    "\n  query OrganizationAssignments($filter: AssignmentFilter!) {\n    assignments(filter: $filter, first: 20) {\n      edges { node { ...AssignmentSummary } }\n    }\n  }\n": typeof types.OrganizationAssignmentsDocument,
    "\n  query OrganizationIssues($filter: IssueFilter!) {\n    issues(filter: $filter, first: 20) {\n      totalCount\n      edges { node { ...IssueSummary } }\n    }\n  }\n": typeof types.OrganizationIssuesDocument,
    "\n  query OrganizationsAdmin($search: String) {\n    organizations(search: $search) { id name shortName kind website }\n  }\n": typeof types.OrganizationsAdminDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) { id name shortName kind website }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  fragment ConsoleMeetup on Meetup {\n    id\n    title\n    startsAt\n    endsAt\n    timezone\n    status\n    goingCount\n    waitlistCount\n    capacity\n    series { id title }\n    minutes { id status }\n  }\n": typeof types.ConsoleMeetupFragmentDoc,
    "\n  query ConsoleUpcoming($now: DateTime!) {\n    meetups(filter: { from: $now }, first: 6) { edges { node { ...ConsoleMeetup } } }\n  }\n": typeof types.ConsoleUpcomingDocument,
    "\n  query ConsoleRecent($now: DateTime!) {\n    meetups(filter: { to: $now, newestFirst: true, status: SCHEDULED }, first: 4) { edges { node { ...ConsoleMeetup } } }\n  }\n": typeof types.ConsoleRecentDocument,
    "\n  query DoorAttendees($meetupId: ID!) {\n    meetupAttendees(meetupId: $meetupId) { memberId name organizationName status guests waitlistPosition checkedIn answers }\n  }\n": typeof types.DoorAttendeesDocument,
    "\n  query WalkInSearch($search: String!) {\n    members(search: $search) { id name organization { id name } }\n  }\n": typeof types.WalkInSearchDocument,
    "\n  mutation CheckIn($meetupId: ID!, $memberId: ID!) {\n    checkIn(meetupId: $meetupId, memberId: $memberId) { id checkedInAt }\n  }\n": typeof types.CheckInDocument,
    "\n  mutation Respond($meetupId: ID!, $response: RsvpResponse!, $guests: Int!, $answers: [String!]) {\n    rsvp(meetupId: $meetupId, response: $response, guests: $guests, answers: $answers) {\n      id\n      status\n      guests\n      waitlistPosition\n      fromStanding\n      answers\n      meetup { id goingCount waitlistCount spotsLeft myRsvp { id status guests waitlistPosition fromStanding answers } }\n    }\n  }\n": typeof types.RespondDocument,
    "\n  mutation CheckInWithCode($meetupId: ID!, $code: String!) {\n    checkInWithCode(meetupId: $meetupId, code: $code) { id checkedInAt }\n  }\n": typeof types.CheckInWithCodeDocument,
    "\n  mutation SetStandingRsvp($seriesId: ID!, $guests: Int!) {\n    setStandingRsvp(seriesId: $seriesId, guests: $guests) { guests series { id } }\n  }\n": typeof types.SetStandingRsvpDocument,
    "\n  mutation CancelStandingRsvp($seriesId: ID!) {\n    cancelStandingRsvp(seriesId: $seriesId)\n  }\n": typeof types.CancelStandingRsvpDocument,
    "\n  query SessionMember {\n    me {\n      id\n      name\n      email\n      role\n      locale\n      organization { id name }\n      affiliation { status role organization { id } }\n    }\n  }\n": typeof types.SessionMemberDocument,
    "\n  query MyStandingRsvps {\n    me { id standingRsvps { guests series { id } } }\n  }\n": typeof types.MyStandingRsvpsDocument,
};
const documents: Documents = {
    "\n  query MyCalendarFeed {\n    me { id calendarFeedUrl calendarFeedWebcalUrl }\n  }\n": types.MyCalendarFeedDocument,
    "\n  fragment IssueSummary on Issue {\n    id\n    title\n    kind\n    status\n    topics\n    supportCount\n    createdAt\n    submitter { id name }\n  }\n": types.IssueSummaryFragmentDoc,
    "\n  query MeetupAdmin($id: ID!) {\n    meetup(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      timezone\n      status\n      cancellationReason\n      venue\n      onlineUrl\n      capacity\n      goingCount\n      waitlistCount\n      checkInCode\n      series { id title registrationQuestions }\n      agenda { id position title presenter durationMinutes issue { id title status supportCount } }\n    }\n  }\n": types.MeetupAdminDocument,
    "\n  fragment AssignmentSummary on Assignment {\n    id\n    title\n    status\n    overdue\n    dueOn\n    progressPercent\n    leadOrganization { id name }\n    coordinatingOrganizations { id name }\n    issue { id title }\n  }\n": types.AssignmentSummaryFragmentDoc,
    "\n  query AssignmentList($filter: AssignmentFilter, $after: String) {\n    assignments(filter: $filter, first: 20, after: $after) {\n      totalCount\n      edges { node { ...AssignmentSummary } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AssignmentListDocument,
    "\n  query AssignmentOrganizations {\n    organizations { id name }\n    openAssignments: assignments(filter: { status: OPEN }, first: 20) { edges { node { id title } } }\n  }\n": types.AssignmentOrganizationsDocument,
    "\n  query AssigneeSearch($search: String!) {\n    members(search: $search) { id name organization { id name } }\n  }\n": types.AssigneeSearchDocument,
    "\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) { id title leadOrganization { id name } dueOn }\n  }\n": types.CreateAssignmentDocument,
    "\n  query OverdueBoard($after: String) {\n    assignments(filter: { overdue: true }, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AssignmentSummary } }\n    }\n  }\n": types.OverdueBoardDocument,
    "\n  query Scorecards {\n    organizationScorecards { organization { id name } open done doneOnTime overdue medianDaysToComplete }\n  }\n": types.ScorecardsDocument,
    "\n  mutation ReportProgress($id: ID!, $input: AssignmentProgressInput!) {\n    reportAssignmentProgress(id: $id, input: $input) { id status progressPercent overdue }\n  }\n": types.ReportProgressDocument,
    "\n  mutation RequestSignIn($email: String!, $name: String) {\n    requestSignIn(email: $email, name: $name)\n  }\n": types.RequestSignInDocument,
    "\n  mutation SignIn($token: String!) {\n    signIn(token: $token) { accessToken member { id name locale } }\n  }\n": types.SignInDocument,
    "\n  query ConsultationPage($id: ID!) {\n    consultation(id: $id) {\n      id\n      title\n      summary\n      status\n      opensAt\n      closesAt\n      commentCount\n      reportUrl\n      reportHtmlUrl\n      sections {\n        id\n        position\n        level\n        heading\n        body\n        commentCount\n        comments { id body createdAt editedAt hidden editableByMe response respondedAt accepted author { id name } }\n      }\n    }\n  }\n": types.ConsultationPageDocument,
    "\n  mutation CommentOnSection($sectionId: ID!, $body: String!) {\n    commentOnSection(sectionId: $sectionId, body: $body) { id }\n  }\n": types.CommentOnSectionDocument,
    "\n  mutation EditConsultationComment($id: ID!, $body: String!) {\n    editConsultationComment(id: $id, body: $body) { id body editedAt }\n  }\n": types.EditConsultationCommentDocument,
    "\n  mutation RespondToComment($id: ID!, $response: String!, $accepted: Boolean!) {\n    respondToComment(id: $id, response: $response, accepted: $accepted) { id response accepted respondedAt }\n  }\n": types.RespondToCommentDocument,
    "\n  mutation HideConsultationComment($id: ID!) {\n    hideConsultationComment(id: $id) { id hidden }\n  }\n": types.HideConsultationCommentDocument,
    "\n  mutation UnhideConsultationComment($id: ID!) {\n    unhideConsultationComment(id: $id) { id hidden }\n  }\n": types.UnhideConsultationCommentDocument,
    "\n  query ConsultationList {\n    consultations { id title summary status opensAt closesAt commentCount }\n  }\n": types.ConsultationListDocument,
    "\n  mutation CreateConsultation($input: ConsultationInput!) {\n    createConsultation(input: $input) { id }\n  }\n": types.CreateConsultationDocument,
    "\n  query EcosystemMapPage($sector: String, $kinds: [OrganizationKind!]) {\n    ecosystemMap(sector: $sector, kinds: $kinds) {\n      organizations { id name shortName kind sectors address location { latitude longitude } }\n      projects { id name stage sectors }\n      links { provider { id } project { id } kinds supports }\n    }\n  }\n": types.EcosystemMapPageDocument,
    "\n  query EcosystemSectors {\n    ecosystemMap { organizations { id sectors } projects { id sectors } }\n  }\n": types.EcosystemSectorsDocument,
    "\n  mutation UpdateOrganizationProfile($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) { id description sectors services address website location { latitude longitude } }\n  }\n": types.UpdateOrganizationProfileDocument,
    "\n  query StartupCompanies {\n    organizations { id name kind }\n  }\n": types.StartupCompaniesDocument,
    "\n  mutation RegisterStartupProject($input: StartupProjectInput!) {\n    registerStartupProject(input: $input) { id }\n  }\n": types.RegisterStartupProjectDocument,
    "\n  mutation UpdateStartupProject($id: ID!, $input: StartupProjectInput!) {\n    updateStartupProject(id: $id, input: $input) { id name summary stage sectors teamSize foundedOn company { id name } }\n  }\n": types.UpdateStartupProjectDocument,
    "\n  query StartupProjectPage($id: ID!) {\n    startupProject(id: $id) {\n      id name summary stage sectors teamSize foundedOn createdAt canEdit\n      company { id name }\n      contact { id name }\n      supports { id kind startedOn endedOn note verified provider { id name } }\n    }\n  }\n": types.StartupProjectPageDocument,
    "\n  query SupportProviders {\n    organizations { id name }\n  }\n": types.SupportProvidersDocument,
    "\n  mutation RecordSupport($input: RecordSupportInput!) {\n    recordSupport(input: $input) { id }\n  }\n": types.RecordSupportDocument,
    "\n  query ProgrammeTargetsPage {\n    programmeTargets { id title metric goal startsOn endsOn achieved expectedByNow onTrack byYear { year achieved cumulative } }\n  }\n": types.ProgrammeTargetsPageDocument,
    "\n  query IssuePage($id: ID!) {\n    issue(id: $id) {\n      id\n      title\n      description\n      kind\n      status\n      topics\n      createdAt\n      supportCount\n      supportedByMe\n      raisedCount\n      officialResponse\n      submitter { id name }\n      organization { id name }\n      addressedTo { id name }\n      duplicateOf { id title }\n      agendaItems { id meetup { id title startsAt timezone } }\n      assignments { id title status overdue dueOn progressPercent leadOrganization { id name } }\n      timeline { at type note meetupId actor { id name } }\n      comments { id body createdAt editedAt hidden author { id name } onBehalfOf { id name } }\n    }\n  }\n": types.IssuePageDocument,
    "\n  mutation SupportIssue($id: ID!) {\n    supportIssue(id: $id) { id supportCount supportedByMe }\n  }\n": types.SupportIssueDocument,
    "\n  mutation WithdrawIssueSupport($id: ID!) {\n    withdrawIssueSupport(id: $id) { id supportCount supportedByMe }\n  }\n": types.WithdrawIssueSupportDocument,
    "\n  mutation AddIssueComment($issueId: ID!, $body: String!) {\n    addIssueComment(issueId: $issueId, body: $body) { id }\n  }\n": types.AddIssueCommentDocument,
    "\n  query IssueList($filter: IssueFilter, $after: String) {\n    issues(filter: $filter, first: 20, after: $after) {\n      totalCount\n      edges { node { ...IssueSummary } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.IssueListDocument,
    "\n  query SimilarIssues($title: String!, $description: String) {\n    similarIssues(title: $title, description: $description) { id title status supportCount }\n  }\n": types.SimilarIssuesDocument,
    "\n  query OrganizationOptions {\n    organizations { id name shortName }\n  }\n": types.OrganizationOptionsDocument,
    "\n  mutation SubmitIssue($input: SubmitIssueInput!) {\n    submitIssue(input: $input) { id }\n  }\n": types.SubmitIssueDocument,
    "\n  query AgendaBacklog {\n    issues(filter: { status: SUBMITTED, hidden: false, mostSupported: true }, first: 20) {\n      edges { node { id title kind supportCount } }\n    }\n  }\n": types.AgendaBacklogDocument,
    "\n  query PreviousAgenda($seriesId: ID!, $before: DateTime!) {\n    meetups(filter: { seriesId: $seriesId, to: $before, newestFirst: true, status: SCHEDULED }, first: 1) {\n      edges { node { id startsAt agenda { id issue { id title status } } } }\n    }\n  }\n": types.PreviousAgendaDocument,
    "\n  mutation ScheduleIssue($issueId: ID!, $meetupId: ID!) {\n    scheduleIssue(issueId: $issueId, meetupId: $meetupId) { id }\n  }\n": types.ScheduleIssueDocument,
    "\n  mutation AddAgendaItem($meetupId: ID!, $input: AgendaItemInput!) {\n    addAgendaItem(meetupId: $meetupId, input: $input) { id }\n  }\n": types.AddAgendaItemDocument,
    "\n  mutation ReorderAgenda($meetupId: ID!, $itemIds: [ID!]!) {\n    reorderAgenda(meetupId: $meetupId, itemIds: $itemIds) { id position }\n  }\n": types.ReorderAgendaDocument,
    "\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id) { id }\n  }\n": types.RemoveAgendaItemDocument,
    "\n  query Home {\n    nextMeetup { ...MeetupDetails }\n    issues(first: 3) {\n      edges { node { ...IssueSummary } }\n    }\n  }\n": types.HomeDocument,
    "\n  query MeetupTellCount($meetupId: ID!) {\n    meetupAttendees(meetupId: $meetupId) { memberId status }\n  }\n": types.MeetupTellCountDocument,
    "\n  mutation UpdateMeetup($id: ID!, $input: UpdateMeetupInput!) {\n    updateMeetup(id: $id, input: $input) { id title startsAt endsAt venue capacity onlineUrl }\n  }\n": types.UpdateMeetupDocument,
    "\n  mutation CancelMeetup($id: ID!, $reason: String) {\n    cancelMeetup(id: $id, reason: $reason) { id status cancellationReason }\n  }\n": types.CancelMeetupDocument,
    "\n  query MeetupPage($id: ID!) {\n    meetup(id: $id) {\n      ...MeetupDetails\n      minutes { ...MinutesDetails }\n    }\n  }\n": types.MeetupPageDocument,
    "\n  fragment MeetupListItem on Meetup {\n    id\n    title\n    startsAt\n    endsAt\n    timezone\n    status\n    cancellationReason\n    venue\n    goingCount\n    spotsLeft\n    myRsvp { id status waitlistPosition }\n    minutes { id status }\n  }\n": types.MeetupListItemFragmentDoc,
    "\n  query UpcomingMeetups($now: DateTime!) {\n    meetups(filter: { from: $now }, first: 13) { edges { node { ...MeetupListItem } } }\n  }\n": types.UpcomingMeetupsDocument,
    "\n  query PastMeetups($now: DateTime!, $after: String) {\n    meetups(filter: { to: $now, newestFirst: true }, first: 20, after: $after) {\n      edges { node { ...MeetupListItem } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PastMeetupsDocument,
    "\n  query SeriesList {\n    meetupSeries { id title recurrence startTime timezone venue capacity startsOn }\n  }\n": types.SeriesListDocument,
    "\n  query SeriesForEdit($id: ID!) {\n    meetupSeriesById(id: $id) { id title description recurrence startsOn startTime durationMinutes timezone venue onlineUrl capacity reminderMinutesBefore registrationQuestions }\n  }\n": types.SeriesForEditDocument,
    "\n  mutation CreateSeries($input: CreateMeetupSeriesInput!) {\n    createMeetupSeries(input: $input) { id }\n  }\n": types.CreateSeriesDocument,
    "\n  mutation UpdateSeries($id: ID!, $input: UpdateMeetupSeriesInput!) {\n    updateMeetupSeries(id: $id, input: $input) { id title }\n  }\n": types.UpdateSeriesDocument,
    "\n  fragment MeetupDetails on Meetup {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    timezone\n    status\n    cancellationReason\n    moved\n    venue\n    venueAddress\n    onlineUrl\n    capacity\n    goingCount\n    waitlistCount\n    spotsLeft\n    icsUrl\n    googleCalendarUrl\n    series { id title icsUrl guestLimit registrationQuestions }\n    myRsvp { id status guests waitlistPosition fromStanding answers }\n    agenda {\n      id\n      position\n      title\n      presenter\n      durationMinutes\n      issue { id title kind status supportCount }\n    }\n  }\n": types.MeetupDetailsFragmentDoc,
    "\n  mutation RegenerateCalendarToken {\n    regenerateCalendarToken { id calendarFeedUrl calendarFeedWebcalUrl }\n  }\n": types.RegenerateCalendarTokenDocument,
    "\n  mutation SaveLocale($locale: Locale!) {\n    updateProfile(input: { locale: $locale }) { id locale }\n  }\n": types.SaveLocaleDocument,
    "\n  query MePage($now: DateTime!) {\n    me {\n      id\n      name\n      email\n      role\n      organization { id name }\n      affiliation { status role organization { id name } }\n      notificationPreferences {\n        weeklyDigest rsvpConfirmation waitlistPromotion meetupChanges minutesPublished issueUpdates assignmentUpdates deadlineReminders meetupReminders\n      }\n      calendarFeedUrl\n      calendarFeedWebcalUrl\n      standingRsvps { guests series { id title } }\n    }\n    meetups(filter: { from: $now, status: SCHEDULED }, first: 13) {\n      edges { node { id title startsAt timezone myRsvp { id status guests waitlistPosition } } }\n    }\n  }\n": types.MePageDocument,
    "\n  query MyIssues($filter: IssueFilter!) {\n    issues(filter: $filter, first: 20) { totalCount edges { node { ...IssueSummary } } }\n  }\n": types.MyIssuesDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation DeleteMyAccount($confirmEmail: String!) {\n    deleteMyAccount(confirmEmail: $confirmEmail)\n  }\n": types.DeleteMyAccountDocument,
    "\n  mutation SaveNotificationPreferences($preferences: NotificationPreferencesInput!) {\n    updateProfile(input: { notificationPreferences: $preferences }) {\n      id\n      notificationPreferences {\n        weeklyDigest rsvpConfirmation waitlistPromotion meetupChanges minutesPublished issueUpdates assignmentUpdates deadlineReminders meetupReminders\n      }\n    }\n  }\n": types.SaveNotificationPreferencesDocument,
    "\n  query People($search: String) {\n    members(search: $search) { id name email role organization { id name } }\n  }\n": types.PeopleDocument,
    "\n  mutation SetMemberRole($memberId: ID!, $role: Role!) {\n    setMemberRole(memberId: $memberId, role: $role) { id role }\n  }\n": types.SetMemberRoleDocument,
    "\n  query ProfileOrganizations {\n    organizations { id name }\n  }\n": types.ProfileOrganizationsDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { id name organization { id name } affiliation { status role organization { id name } } }\n  }\n": types.UpdateProfileDocument,
    "\n  query MinutesEditor($id: ID!) {\n    meetup(id: $id) {\n      id\n      minutes {\n        id\n        status\n        version\n        summary\n        publishedAt\n        decisions { id text issues { id } }\n        attendees { id }\n        itemNotes { agendaItemId note }\n        versions { version publishedAt reason summary decisions { id text } }\n      }\n    }\n    meetupAttendees(meetupId: $id) { memberId name checkedIn status }\n  }\n": types.MinutesEditorDocument,
    "\n  mutation SaveMinutes($meetupId: ID!, $input: MinutesInput!) {\n    saveMinutes(meetupId: $meetupId, input: $input) { id status version }\n  }\n": types.SaveMinutesDocument,
    "\n  mutation PublishMinutes($meetupId: ID!) {\n    publishMinutes(meetupId: $meetupId) { id status version publishedAt }\n  }\n": types.PublishMinutesDocument,
    "\n  mutation AmendMinutes($meetupId: ID!, $input: MinutesInput!, $reason: String!) {\n    amendMinutes(meetupId: $meetupId, input: $input, reason: $reason) { id status version }\n  }\n": types.AmendMinutesDocument,
    "\n  fragment MinutesDetails on Minutes {\n    id\n    status\n    version\n    publishedAt\n    summary\n    htmlUrl\n    attendees { id name }\n    decisions { id position text issues { id title } }\n  }\n": types.MinutesDetailsFragmentDoc,
    "\n  query AuditLog($targetType: String) {\n    auditLog(first: 50, targetType: $targetType) { id at action targetType targetId before after actor { id name } }\n  }\n": types.AuditLogDocument,
    "\n  query DeliveryMeetups($now: DateTime!) {\n    meetups(filter: { to: $now, newestFirst: true }, first: 20) {\n      edges { node { id title startsAt timezone } }\n    }\n  }\n": types.DeliveryMeetupsDocument,
    "\n  query DeliveryMembers($search: String!) {\n    members(search: $search) { id name email }\n  }\n": types.DeliveryMembersDocument,
    "\n  query Deliveries($meetupId: ID, $memberId: ID) {\n    deliveries(meetupId: $meetupId, memberId: $memberId) { id kind status attempts createdAt sentAt lastError member { id name } }\n  }\n": types.DeliveriesDocument,
    "\n  query IssueModeration($id: ID!) {\n    issue(id: $id) {\n      id\n      title\n      status\n      allowedNextStatuses\n      hidden\n      hiddenReason\n      officialResponse\n      comments { id body hidden hiddenReason author { id name } }\n    }\n  }\n": types.IssueModerationDocument,
    "\n  query DuplicateCandidates($search: String!) {\n    issues(filter: { search: $search }, first: 10) {\n      edges { node { id title status } }\n    }\n  }\n": types.DuplicateCandidatesDocument,
    "\n  mutation SetIssueStatus($id: ID!, $status: IssueStatus!, $note: String, $duplicateOfId: ID) {\n    setIssueStatus(id: $id, status: $status, note: $note, duplicateOfId: $duplicateOfId) { id status allowedNextStatuses officialResponse duplicateOf { id title } }\n  }\n": types.SetIssueStatusDocument,
    "\n  mutation HideIssue($id: ID!, $reason: String!) {\n    hideIssue(id: $id, reason: $reason) { id hidden hiddenReason }\n  }\n": types.HideIssueDocument,
    "\n  mutation UnhideIssue($id: ID!) {\n    unhideIssue(id: $id) { id hidden hiddenReason }\n  }\n": types.UnhideIssueDocument,
    "\n  mutation HideIssueComment($id: ID!, $reason: String) {\n    hideIssueComment(id: $id, reason: $reason) { id hidden hiddenReason }\n  }\n": types.HideIssueCommentDocument,
    "\n  mutation UnhideIssueComment($id: ID!) {\n    unhideIssueComment(id: $id) { id hidden hiddenReason }\n  }\n": types.UnhideIssueCommentDocument,
    "\n  query HiddenIssues($after: String) {\n    issues(filter: { hidden: true }, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status createdAt hiddenReason submitter { id name } } }\n    }\n  }\n": types.HiddenIssuesDocument,
    "\n  query AwaitingIssues($after: String) {\n    issues(filter: { status: SUBMITTED, hidden: false }, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title createdAt supportCount submitter { id name } } }\n    }\n  }\n": types.AwaitingIssuesDocument,
    "\n  mutation UnhideIssueFromList($id: ID!) {\n    unhideIssue(id: $id) { id hidden hiddenReason }\n  }\n": types.UnhideIssueFromListDocument,
    "\n  query AffiliationRequests {\n    affiliationRequests { requestedAt emailDomain member { id name } organization { id name } }\n    unverifiedSupports { id kind startedOn provider { id name } project { id name } }\n  }\n": types.AffiliationRequestsDocument,
    "\n  query OrganizationAffiliations($id: ID!) {\n    organization(id: $id) {\n      id\n      affiliations { status role requestedAt emailDomain member { id name } }\n    }\n  }\n": types.OrganizationAffiliationsDocument,
    "\n  mutation ConfirmAffiliation($memberId: ID!, $role: AffiliationRole) {\n    confirmAffiliation(memberId: $memberId, role: $role) { status role member { id } }\n  }\n": types.ConfirmAffiliationDocument,
    "\n  mutation ConfirmAffiliations($memberIds: [ID!]!) {\n    confirmAffiliations(memberIds: $memberIds) { status member { id } }\n  }\n": types.ConfirmAffiliationsDocument,
    "\n  mutation DeclineAffiliation($memberId: ID!) {\n    declineAffiliation(memberId: $memberId)\n  }\n": types.DeclineAffiliationDocument,
    "\n  mutation EndAffiliation($memberId: ID!) {\n    endAffiliation(memberId: $memberId)\n  }\n": types.EndAffiliationDocument,
    "\n  mutation ConfirmSupport($id: ID!) {\n    confirmSupport(id: $id) { id verified }\n  }\n": types.ConfirmSupportDocument,
    "\n  query OrganizationPage($id: ID!) {\n    organization(id: $id) {\n      id name shortName kind website description sectors services address\n      location { latitude longitude }\n      projects { id name }\n    }\n    organizationScorecards { organization { id } open done doneOnTime overdue medianDaysToComplete }\n  }\n": types.OrganizationPageDocument,
    "\n  query OrganizationAssignments($filter: AssignmentFilter!) {\n    assignments(filter: $filter, first: 20) {\n      edges { node { ...AssignmentSummary } }\n    }\n  }\n": types.OrganizationAssignmentsDocument,
    "\n  query OrganizationIssues($filter: IssueFilter!) {\n    issues(filter: $filter, first: 20) {\n      totalCount\n      edges { node { ...IssueSummary } }\n    }\n  }\n": types.OrganizationIssuesDocument,
    "\n  query OrganizationsAdmin($search: String) {\n    organizations(search: $search) { id name shortName kind website }\n  }\n": types.OrganizationsAdminDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) { id name shortName kind website }\n  }\n": types.CreateOrganizationDocument,
    "\n  fragment ConsoleMeetup on Meetup {\n    id\n    title\n    startsAt\n    endsAt\n    timezone\n    status\n    goingCount\n    waitlistCount\n    capacity\n    series { id title }\n    minutes { id status }\n  }\n": types.ConsoleMeetupFragmentDoc,
    "\n  query ConsoleUpcoming($now: DateTime!) {\n    meetups(filter: { from: $now }, first: 6) { edges { node { ...ConsoleMeetup } } }\n  }\n": types.ConsoleUpcomingDocument,
    "\n  query ConsoleRecent($now: DateTime!) {\n    meetups(filter: { to: $now, newestFirst: true, status: SCHEDULED }, first: 4) { edges { node { ...ConsoleMeetup } } }\n  }\n": types.ConsoleRecentDocument,
    "\n  query DoorAttendees($meetupId: ID!) {\n    meetupAttendees(meetupId: $meetupId) { memberId name organizationName status guests waitlistPosition checkedIn answers }\n  }\n": types.DoorAttendeesDocument,
    "\n  query WalkInSearch($search: String!) {\n    members(search: $search) { id name organization { id name } }\n  }\n": types.WalkInSearchDocument,
    "\n  mutation CheckIn($meetupId: ID!, $memberId: ID!) {\n    checkIn(meetupId: $meetupId, memberId: $memberId) { id checkedInAt }\n  }\n": types.CheckInDocument,
    "\n  mutation Respond($meetupId: ID!, $response: RsvpResponse!, $guests: Int!, $answers: [String!]) {\n    rsvp(meetupId: $meetupId, response: $response, guests: $guests, answers: $answers) {\n      id\n      status\n      guests\n      waitlistPosition\n      fromStanding\n      answers\n      meetup { id goingCount waitlistCount spotsLeft myRsvp { id status guests waitlistPosition fromStanding answers } }\n    }\n  }\n": types.RespondDocument,
    "\n  mutation CheckInWithCode($meetupId: ID!, $code: String!) {\n    checkInWithCode(meetupId: $meetupId, code: $code) { id checkedInAt }\n  }\n": types.CheckInWithCodeDocument,
    "\n  mutation SetStandingRsvp($seriesId: ID!, $guests: Int!) {\n    setStandingRsvp(seriesId: $seriesId, guests: $guests) { guests series { id } }\n  }\n": types.SetStandingRsvpDocument,
    "\n  mutation CancelStandingRsvp($seriesId: ID!) {\n    cancelStandingRsvp(seriesId: $seriesId)\n  }\n": types.CancelStandingRsvpDocument,
    "\n  query SessionMember {\n    me {\n      id\n      name\n      email\n      role\n      locale\n      organization { id name }\n      affiliation { status role organization { id } }\n    }\n  }\n": types.SessionMemberDocument,
    "\n  query MyStandingRsvps {\n    me { id standingRsvps { guests series { id } } }\n  }\n": types.MyStandingRsvpsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCalendarFeed {\n    me { id calendarFeedUrl calendarFeedWebcalUrl }\n  }\n"): (typeof documents)["\n  query MyCalendarFeed {\n    me { id calendarFeedUrl calendarFeedWebcalUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IssueSummary on Issue {\n    id\n    title\n    kind\n    status\n    topics\n    supportCount\n    createdAt\n    submitter { id name }\n  }\n"): (typeof documents)["\n  fragment IssueSummary on Issue {\n    id\n    title\n    kind\n    status\n    topics\n    supportCount\n    createdAt\n    submitter { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetupAdmin($id: ID!) {\n    meetup(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      timezone\n      status\n      cancellationReason\n      venue\n      onlineUrl\n      capacity\n      goingCount\n      waitlistCount\n      checkInCode\n      series { id title registrationQuestions }\n      agenda { id position title presenter durationMinutes issue { id title status supportCount } }\n    }\n  }\n"): (typeof documents)["\n  query MeetupAdmin($id: ID!) {\n    meetup(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      timezone\n      status\n      cancellationReason\n      venue\n      onlineUrl\n      capacity\n      goingCount\n      waitlistCount\n      checkInCode\n      series { id title registrationQuestions }\n      agenda { id position title presenter durationMinutes issue { id title status supportCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentSummary on Assignment {\n    id\n    title\n    status\n    overdue\n    dueOn\n    progressPercent\n    leadOrganization { id name }\n    coordinatingOrganizations { id name }\n    issue { id title }\n  }\n"): (typeof documents)["\n  fragment AssignmentSummary on Assignment {\n    id\n    title\n    status\n    overdue\n    dueOn\n    progressPercent\n    leadOrganization { id name }\n    coordinatingOrganizations { id name }\n    issue { id title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentList($filter: AssignmentFilter, $after: String) {\n    assignments(filter: $filter, first: 20, after: $after) {\n      totalCount\n      edges { node { ...AssignmentSummary } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query AssignmentList($filter: AssignmentFilter, $after: String) {\n    assignments(filter: $filter, first: 20, after: $after) {\n      totalCount\n      edges { node { ...AssignmentSummary } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentOrganizations {\n    organizations { id name }\n    openAssignments: assignments(filter: { status: OPEN }, first: 20) { edges { node { id title } } }\n  }\n"): (typeof documents)["\n  query AssignmentOrganizations {\n    organizations { id name }\n    openAssignments: assignments(filter: { status: OPEN }, first: 20) { edges { node { id title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssigneeSearch($search: String!) {\n    members(search: $search) { id name organization { id name } }\n  }\n"): (typeof documents)["\n  query AssigneeSearch($search: String!) {\n    members(search: $search) { id name organization { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) { id title leadOrganization { id name } dueOn }\n  }\n"): (typeof documents)["\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) { id title leadOrganization { id name } dueOn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueBoard($after: String) {\n    assignments(filter: { overdue: true }, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AssignmentSummary } }\n    }\n  }\n"): (typeof documents)["\n  query OverdueBoard($after: String) {\n    assignments(filter: { overdue: true }, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...AssignmentSummary } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Scorecards {\n    organizationScorecards { organization { id name } open done doneOnTime overdue medianDaysToComplete }\n  }\n"): (typeof documents)["\n  query Scorecards {\n    organizationScorecards { organization { id name } open done doneOnTime overdue medianDaysToComplete }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportProgress($id: ID!, $input: AssignmentProgressInput!) {\n    reportAssignmentProgress(id: $id, input: $input) { id status progressPercent overdue }\n  }\n"): (typeof documents)["\n  mutation ReportProgress($id: ID!, $input: AssignmentProgressInput!) {\n    reportAssignmentProgress(id: $id, input: $input) { id status progressPercent overdue }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignIn($email: String!, $name: String) {\n    requestSignIn(email: $email, name: $name)\n  }\n"): (typeof documents)["\n  mutation RequestSignIn($email: String!, $name: String) {\n    requestSignIn(email: $email, name: $name)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($token: String!) {\n    signIn(token: $token) { accessToken member { id name locale } }\n  }\n"): (typeof documents)["\n  mutation SignIn($token: String!) {\n    signIn(token: $token) { accessToken member { id name locale } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationPage($id: ID!) {\n    consultation(id: $id) {\n      id\n      title\n      summary\n      status\n      opensAt\n      closesAt\n      commentCount\n      reportUrl\n      reportHtmlUrl\n      sections {\n        id\n        position\n        level\n        heading\n        body\n        commentCount\n        comments { id body createdAt editedAt hidden editableByMe response respondedAt accepted author { id name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsultationPage($id: ID!) {\n    consultation(id: $id) {\n      id\n      title\n      summary\n      status\n      opensAt\n      closesAt\n      commentCount\n      reportUrl\n      reportHtmlUrl\n      sections {\n        id\n        position\n        level\n        heading\n        body\n        commentCount\n        comments { id body createdAt editedAt hidden editableByMe response respondedAt accepted author { id name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnSection($sectionId: ID!, $body: String!) {\n    commentOnSection(sectionId: $sectionId, body: $body) { id }\n  }\n"): (typeof documents)["\n  mutation CommentOnSection($sectionId: ID!, $body: String!) {\n    commentOnSection(sectionId: $sectionId, body: $body) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditConsultationComment($id: ID!, $body: String!) {\n    editConsultationComment(id: $id, body: $body) { id body editedAt }\n  }\n"): (typeof documents)["\n  mutation EditConsultationComment($id: ID!, $body: String!) {\n    editConsultationComment(id: $id, body: $body) { id body editedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToComment($id: ID!, $response: String!, $accepted: Boolean!) {\n    respondToComment(id: $id, response: $response, accepted: $accepted) { id response accepted respondedAt }\n  }\n"): (typeof documents)["\n  mutation RespondToComment($id: ID!, $response: String!, $accepted: Boolean!) {\n    respondToComment(id: $id, response: $response, accepted: $accepted) { id response accepted respondedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideConsultationComment($id: ID!) {\n    hideConsultationComment(id: $id) { id hidden }\n  }\n"): (typeof documents)["\n  mutation HideConsultationComment($id: ID!) {\n    hideConsultationComment(id: $id) { id hidden }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideConsultationComment($id: ID!) {\n    unhideConsultationComment(id: $id) { id hidden }\n  }\n"): (typeof documents)["\n  mutation UnhideConsultationComment($id: ID!) {\n    unhideConsultationComment(id: $id) { id hidden }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationList {\n    consultations { id title summary status opensAt closesAt commentCount }\n  }\n"): (typeof documents)["\n  query ConsultationList {\n    consultations { id title summary status opensAt closesAt commentCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConsultation($input: ConsultationInput!) {\n    createConsultation(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreateConsultation($input: ConsultationInput!) {\n    createConsultation(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EcosystemMapPage($sector: String, $kinds: [OrganizationKind!]) {\n    ecosystemMap(sector: $sector, kinds: $kinds) {\n      organizations { id name shortName kind sectors address location { latitude longitude } }\n      projects { id name stage sectors }\n      links { provider { id } project { id } kinds supports }\n    }\n  }\n"): (typeof documents)["\n  query EcosystemMapPage($sector: String, $kinds: [OrganizationKind!]) {\n    ecosystemMap(sector: $sector, kinds: $kinds) {\n      organizations { id name shortName kind sectors address location { latitude longitude } }\n      projects { id name stage sectors }\n      links { provider { id } project { id } kinds supports }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EcosystemSectors {\n    ecosystemMap { organizations { id sectors } projects { id sectors } }\n  }\n"): (typeof documents)["\n  query EcosystemSectors {\n    ecosystemMap { organizations { id sectors } projects { id sectors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganizationProfile($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) { id description sectors services address website location { latitude longitude } }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganizationProfile($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) { id description sectors services address website location { latitude longitude } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartupCompanies {\n    organizations { id name kind }\n  }\n"): (typeof documents)["\n  query StartupCompanies {\n    organizations { id name kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterStartupProject($input: StartupProjectInput!) {\n    registerStartupProject(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation RegisterStartupProject($input: StartupProjectInput!) {\n    registerStartupProject(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStartupProject($id: ID!, $input: StartupProjectInput!) {\n    updateStartupProject(id: $id, input: $input) { id name summary stage sectors teamSize foundedOn company { id name } }\n  }\n"): (typeof documents)["\n  mutation UpdateStartupProject($id: ID!, $input: StartupProjectInput!) {\n    updateStartupProject(id: $id, input: $input) { id name summary stage sectors teamSize foundedOn company { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartupProjectPage($id: ID!) {\n    startupProject(id: $id) {\n      id name summary stage sectors teamSize foundedOn createdAt canEdit\n      company { id name }\n      contact { id name }\n      supports { id kind startedOn endedOn note verified provider { id name } }\n    }\n  }\n"): (typeof documents)["\n  query StartupProjectPage($id: ID!) {\n    startupProject(id: $id) {\n      id name summary stage sectors teamSize foundedOn createdAt canEdit\n      company { id name }\n      contact { id name }\n      supports { id kind startedOn endedOn note verified provider { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportProviders {\n    organizations { id name }\n  }\n"): (typeof documents)["\n  query SupportProviders {\n    organizations { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSupport($input: RecordSupportInput!) {\n    recordSupport(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation RecordSupport($input: RecordSupportInput!) {\n    recordSupport(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeTargetsPage {\n    programmeTargets { id title metric goal startsOn endsOn achieved expectedByNow onTrack byYear { year achieved cumulative } }\n  }\n"): (typeof documents)["\n  query ProgrammeTargetsPage {\n    programmeTargets { id title metric goal startsOn endsOn achieved expectedByNow onTrack byYear { year achieved cumulative } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssuePage($id: ID!) {\n    issue(id: $id) {\n      id\n      title\n      description\n      kind\n      status\n      topics\n      createdAt\n      supportCount\n      supportedByMe\n      raisedCount\n      officialResponse\n      submitter { id name }\n      organization { id name }\n      addressedTo { id name }\n      duplicateOf { id title }\n      agendaItems { id meetup { id title startsAt timezone } }\n      assignments { id title status overdue dueOn progressPercent leadOrganization { id name } }\n      timeline { at type note meetupId actor { id name } }\n      comments { id body createdAt editedAt hidden author { id name } onBehalfOf { id name } }\n    }\n  }\n"): (typeof documents)["\n  query IssuePage($id: ID!) {\n    issue(id: $id) {\n      id\n      title\n      description\n      kind\n      status\n      topics\n      createdAt\n      supportCount\n      supportedByMe\n      raisedCount\n      officialResponse\n      submitter { id name }\n      organization { id name }\n      addressedTo { id name }\n      duplicateOf { id title }\n      agendaItems { id meetup { id title startsAt timezone } }\n      assignments { id title status overdue dueOn progressPercent leadOrganization { id name } }\n      timeline { at type note meetupId actor { id name } }\n      comments { id body createdAt editedAt hidden author { id name } onBehalfOf { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportIssue($id: ID!) {\n    supportIssue(id: $id) { id supportCount supportedByMe }\n  }\n"): (typeof documents)["\n  mutation SupportIssue($id: ID!) {\n    supportIssue(id: $id) { id supportCount supportedByMe }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawIssueSupport($id: ID!) {\n    withdrawIssueSupport(id: $id) { id supportCount supportedByMe }\n  }\n"): (typeof documents)["\n  mutation WithdrawIssueSupport($id: ID!) {\n    withdrawIssueSupport(id: $id) { id supportCount supportedByMe }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddIssueComment($issueId: ID!, $body: String!) {\n    addIssueComment(issueId: $issueId, body: $body) { id }\n  }\n"): (typeof documents)["\n  mutation AddIssueComment($issueId: ID!, $body: String!) {\n    addIssueComment(issueId: $issueId, body: $body) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssueList($filter: IssueFilter, $after: String) {\n    issues(filter: $filter, first: 20, after: $after) {\n      totalCount\n      edges { node { ...IssueSummary } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query IssueList($filter: IssueFilter, $after: String) {\n    issues(filter: $filter, first: 20, after: $after) {\n      totalCount\n      edges { node { ...IssueSummary } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarIssues($title: String!, $description: String) {\n    similarIssues(title: $title, description: $description) { id title status supportCount }\n  }\n"): (typeof documents)["\n  query SimilarIssues($title: String!, $description: String) {\n    similarIssues(title: $title, description: $description) { id title status supportCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationOptions {\n    organizations { id name shortName }\n  }\n"): (typeof documents)["\n  query OrganizationOptions {\n    organizations { id name shortName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitIssue($input: SubmitIssueInput!) {\n    submitIssue(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation SubmitIssue($input: SubmitIssueInput!) {\n    submitIssue(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaBacklog {\n    issues(filter: { status: SUBMITTED, hidden: false, mostSupported: true }, first: 20) {\n      edges { node { id title kind supportCount } }\n    }\n  }\n"): (typeof documents)["\n  query AgendaBacklog {\n    issues(filter: { status: SUBMITTED, hidden: false, mostSupported: true }, first: 20) {\n      edges { node { id title kind supportCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviousAgenda($seriesId: ID!, $before: DateTime!) {\n    meetups(filter: { seriesId: $seriesId, to: $before, newestFirst: true, status: SCHEDULED }, first: 1) {\n      edges { node { id startsAt agenda { id issue { id title status } } } }\n    }\n  }\n"): (typeof documents)["\n  query PreviousAgenda($seriesId: ID!, $before: DateTime!) {\n    meetups(filter: { seriesId: $seriesId, to: $before, newestFirst: true, status: SCHEDULED }, first: 1) {\n      edges { node { id startsAt agenda { id issue { id title status } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleIssue($issueId: ID!, $meetupId: ID!) {\n    scheduleIssue(issueId: $issueId, meetupId: $meetupId) { id }\n  }\n"): (typeof documents)["\n  mutation ScheduleIssue($issueId: ID!, $meetupId: ID!) {\n    scheduleIssue(issueId: $issueId, meetupId: $meetupId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($meetupId: ID!, $input: AgendaItemInput!) {\n    addAgendaItem(meetupId: $meetupId, input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AddAgendaItem($meetupId: ID!, $input: AgendaItemInput!) {\n    addAgendaItem(meetupId: $meetupId, input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderAgenda($meetupId: ID!, $itemIds: [ID!]!) {\n    reorderAgenda(meetupId: $meetupId, itemIds: $itemIds) { id position }\n  }\n"): (typeof documents)["\n  mutation ReorderAgenda($meetupId: ID!, $itemIds: [ID!]!) {\n    reorderAgenda(meetupId: $meetupId, itemIds: $itemIds) { id position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id) { id }\n  }\n"): (typeof documents)["\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    nextMeetup { ...MeetupDetails }\n    issues(first: 3) {\n      edges { node { ...IssueSummary } }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    nextMeetup { ...MeetupDetails }\n    issues(first: 3) {\n      edges { node { ...IssueSummary } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetupTellCount($meetupId: ID!) {\n    meetupAttendees(meetupId: $meetupId) { memberId status }\n  }\n"): (typeof documents)["\n  query MeetupTellCount($meetupId: ID!) {\n    meetupAttendees(meetupId: $meetupId) { memberId status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeetup($id: ID!, $input: UpdateMeetupInput!) {\n    updateMeetup(id: $id, input: $input) { id title startsAt endsAt venue capacity onlineUrl }\n  }\n"): (typeof documents)["\n  mutation UpdateMeetup($id: ID!, $input: UpdateMeetupInput!) {\n    updateMeetup(id: $id, input: $input) { id title startsAt endsAt venue capacity onlineUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeetup($id: ID!, $reason: String) {\n    cancelMeetup(id: $id, reason: $reason) { id status cancellationReason }\n  }\n"): (typeof documents)["\n  mutation CancelMeetup($id: ID!, $reason: String) {\n    cancelMeetup(id: $id, reason: $reason) { id status cancellationReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetupPage($id: ID!) {\n    meetup(id: $id) {\n      ...MeetupDetails\n      minutes { ...MinutesDetails }\n    }\n  }\n"): (typeof documents)["\n  query MeetupPage($id: ID!) {\n    meetup(id: $id) {\n      ...MeetupDetails\n      minutes { ...MinutesDetails }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetupListItem on Meetup {\n    id\n    title\n    startsAt\n    endsAt\n    timezone\n    status\n    cancellationReason\n    venue\n    goingCount\n    spotsLeft\n    myRsvp { id status waitlistPosition }\n    minutes { id status }\n  }\n"): (typeof documents)["\n  fragment MeetupListItem on Meetup {\n    id\n    title\n    startsAt\n    endsAt\n    timezone\n    status\n    cancellationReason\n    venue\n    goingCount\n    spotsLeft\n    myRsvp { id status waitlistPosition }\n    minutes { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpcomingMeetups($now: DateTime!) {\n    meetups(filter: { from: $now }, first: 13) { edges { node { ...MeetupListItem } } }\n  }\n"): (typeof documents)["\n  query UpcomingMeetups($now: DateTime!) {\n    meetups(filter: { from: $now }, first: 13) { edges { node { ...MeetupListItem } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PastMeetups($now: DateTime!, $after: String) {\n    meetups(filter: { to: $now, newestFirst: true }, first: 20, after: $after) {\n      edges { node { ...MeetupListItem } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query PastMeetups($now: DateTime!, $after: String) {\n    meetups(filter: { to: $now, newestFirst: true }, first: 20, after: $after) {\n      edges { node { ...MeetupListItem } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesList {\n    meetupSeries { id title recurrence startTime timezone venue capacity startsOn }\n  }\n"): (typeof documents)["\n  query SeriesList {\n    meetupSeries { id title recurrence startTime timezone venue capacity startsOn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesForEdit($id: ID!) {\n    meetupSeriesById(id: $id) { id title description recurrence startsOn startTime durationMinutes timezone venue onlineUrl capacity reminderMinutesBefore registrationQuestions }\n  }\n"): (typeof documents)["\n  query SeriesForEdit($id: ID!) {\n    meetupSeriesById(id: $id) { id title description recurrence startsOn startTime durationMinutes timezone venue onlineUrl capacity reminderMinutesBefore registrationQuestions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSeries($input: CreateMeetupSeriesInput!) {\n    createMeetupSeries(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreateSeries($input: CreateMeetupSeriesInput!) {\n    createMeetupSeries(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSeries($id: ID!, $input: UpdateMeetupSeriesInput!) {\n    updateMeetupSeries(id: $id, input: $input) { id title }\n  }\n"): (typeof documents)["\n  mutation UpdateSeries($id: ID!, $input: UpdateMeetupSeriesInput!) {\n    updateMeetupSeries(id: $id, input: $input) { id title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetupDetails on Meetup {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    timezone\n    status\n    cancellationReason\n    moved\n    venue\n    venueAddress\n    onlineUrl\n    capacity\n    goingCount\n    waitlistCount\n    spotsLeft\n    icsUrl\n    googleCalendarUrl\n    series { id title icsUrl guestLimit registrationQuestions }\n    myRsvp { id status guests waitlistPosition fromStanding answers }\n    agenda {\n      id\n      position\n      title\n      presenter\n      durationMinutes\n      issue { id title kind status supportCount }\n    }\n  }\n"): (typeof documents)["\n  fragment MeetupDetails on Meetup {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    timezone\n    status\n    cancellationReason\n    moved\n    venue\n    venueAddress\n    onlineUrl\n    capacity\n    goingCount\n    waitlistCount\n    spotsLeft\n    icsUrl\n    googleCalendarUrl\n    series { id title icsUrl guestLimit registrationQuestions }\n    myRsvp { id status guests waitlistPosition fromStanding answers }\n    agenda {\n      id\n      position\n      title\n      presenter\n      durationMinutes\n      issue { id title kind status supportCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateCalendarToken {\n    regenerateCalendarToken { id calendarFeedUrl calendarFeedWebcalUrl }\n  }\n"): (typeof documents)["\n  mutation RegenerateCalendarToken {\n    regenerateCalendarToken { id calendarFeedUrl calendarFeedWebcalUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLocale($locale: Locale!) {\n    updateProfile(input: { locale: $locale }) { id locale }\n  }\n"): (typeof documents)["\n  mutation SaveLocale($locale: Locale!) {\n    updateProfile(input: { locale: $locale }) { id locale }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MePage($now: DateTime!) {\n    me {\n      id\n      name\n      email\n      role\n      organization { id name }\n      affiliation { status role organization { id name } }\n      notificationPreferences {\n        weeklyDigest rsvpConfirmation waitlistPromotion meetupChanges minutesPublished issueUpdates assignmentUpdates deadlineReminders meetupReminders\n      }\n      calendarFeedUrl\n      calendarFeedWebcalUrl\n      standingRsvps { guests series { id title } }\n    }\n    meetups(filter: { from: $now, status: SCHEDULED }, first: 13) {\n      edges { node { id title startsAt timezone myRsvp { id status guests waitlistPosition } } }\n    }\n  }\n"): (typeof documents)["\n  query MePage($now: DateTime!) {\n    me {\n      id\n      name\n      email\n      role\n      organization { id name }\n      affiliation { status role organization { id name } }\n      notificationPreferences {\n        weeklyDigest rsvpConfirmation waitlistPromotion meetupChanges minutesPublished issueUpdates assignmentUpdates deadlineReminders meetupReminders\n      }\n      calendarFeedUrl\n      calendarFeedWebcalUrl\n      standingRsvps { guests series { id title } }\n    }\n    meetups(filter: { from: $now, status: SCHEDULED }, first: 13) {\n      edges { node { id title startsAt timezone myRsvp { id status guests waitlistPosition } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyIssues($filter: IssueFilter!) {\n    issues(filter: $filter, first: 20) { totalCount edges { node { ...IssueSummary } } }\n  }\n"): (typeof documents)["\n  query MyIssues($filter: IssueFilter!) {\n    issues(filter: $filter, first: 20) { totalCount edges { node { ...IssueSummary } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($confirmEmail: String!) {\n    deleteMyAccount(confirmEmail: $confirmEmail)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($confirmEmail: String!) {\n    deleteMyAccount(confirmEmail: $confirmEmail)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveNotificationPreferences($preferences: NotificationPreferencesInput!) {\n    updateProfile(input: { notificationPreferences: $preferences }) {\n      id\n      notificationPreferences {\n        weeklyDigest rsvpConfirmation waitlistPromotion meetupChanges minutesPublished issueUpdates assignmentUpdates deadlineReminders meetupReminders\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveNotificationPreferences($preferences: NotificationPreferencesInput!) {\n    updateProfile(input: { notificationPreferences: $preferences }) {\n      id\n      notificationPreferences {\n        weeklyDigest rsvpConfirmation waitlistPromotion meetupChanges minutesPublished issueUpdates assignmentUpdates deadlineReminders meetupReminders\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($search: String) {\n    members(search: $search) { id name email role organization { id name } }\n  }\n"): (typeof documents)["\n  query People($search: String) {\n    members(search: $search) { id name email role organization { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRole($memberId: ID!, $role: Role!) {\n    setMemberRole(memberId: $memberId, role: $role) { id role }\n  }\n"): (typeof documents)["\n  mutation SetMemberRole($memberId: ID!, $role: Role!) {\n    setMemberRole(memberId: $memberId, role: $role) { id role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileOrganizations {\n    organizations { id name }\n  }\n"): (typeof documents)["\n  query ProfileOrganizations {\n    organizations { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { id name organization { id name } affiliation { status role organization { id name } } }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { id name organization { id name } affiliation { status role organization { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MinutesEditor($id: ID!) {\n    meetup(id: $id) {\n      id\n      minutes {\n        id\n        status\n        version\n        summary\n        publishedAt\n        decisions { id text issues { id } }\n        attendees { id }\n        itemNotes { agendaItemId note }\n        versions { version publishedAt reason summary decisions { id text } }\n      }\n    }\n    meetupAttendees(meetupId: $id) { memberId name checkedIn status }\n  }\n"): (typeof documents)["\n  query MinutesEditor($id: ID!) {\n    meetup(id: $id) {\n      id\n      minutes {\n        id\n        status\n        version\n        summary\n        publishedAt\n        decisions { id text issues { id } }\n        attendees { id }\n        itemNotes { agendaItemId note }\n        versions { version publishedAt reason summary decisions { id text } }\n      }\n    }\n    meetupAttendees(meetupId: $id) { memberId name checkedIn status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMinutes($meetupId: ID!, $input: MinutesInput!) {\n    saveMinutes(meetupId: $meetupId, input: $input) { id status version }\n  }\n"): (typeof documents)["\n  mutation SaveMinutes($meetupId: ID!, $input: MinutesInput!) {\n    saveMinutes(meetupId: $meetupId, input: $input) { id status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishMinutes($meetupId: ID!) {\n    publishMinutes(meetupId: $meetupId) { id status version publishedAt }\n  }\n"): (typeof documents)["\n  mutation PublishMinutes($meetupId: ID!) {\n    publishMinutes(meetupId: $meetupId) { id status version publishedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendMinutes($meetupId: ID!, $input: MinutesInput!, $reason: String!) {\n    amendMinutes(meetupId: $meetupId, input: $input, reason: $reason) { id status version }\n  }\n"): (typeof documents)["\n  mutation AmendMinutes($meetupId: ID!, $input: MinutesInput!, $reason: String!) {\n    amendMinutes(meetupId: $meetupId, input: $input, reason: $reason) { id status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MinutesDetails on Minutes {\n    id\n    status\n    version\n    publishedAt\n    summary\n    htmlUrl\n    attendees { id name }\n    decisions { id position text issues { id title } }\n  }\n"): (typeof documents)["\n  fragment MinutesDetails on Minutes {\n    id\n    status\n    version\n    publishedAt\n    summary\n    htmlUrl\n    attendees { id name }\n    decisions { id position text issues { id title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($targetType: String) {\n    auditLog(first: 50, targetType: $targetType) { id at action targetType targetId before after actor { id name } }\n  }\n"): (typeof documents)["\n  query AuditLog($targetType: String) {\n    auditLog(first: 50, targetType: $targetType) { id at action targetType targetId before after actor { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryMeetups($now: DateTime!) {\n    meetups(filter: { to: $now, newestFirst: true }, first: 20) {\n      edges { node { id title startsAt timezone } }\n    }\n  }\n"): (typeof documents)["\n  query DeliveryMeetups($now: DateTime!) {\n    meetups(filter: { to: $now, newestFirst: true }, first: 20) {\n      edges { node { id title startsAt timezone } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryMembers($search: String!) {\n    members(search: $search) { id name email }\n  }\n"): (typeof documents)["\n  query DeliveryMembers($search: String!) {\n    members(search: $search) { id name email }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deliveries($meetupId: ID, $memberId: ID) {\n    deliveries(meetupId: $meetupId, memberId: $memberId) { id kind status attempts createdAt sentAt lastError member { id name } }\n  }\n"): (typeof documents)["\n  query Deliveries($meetupId: ID, $memberId: ID) {\n    deliveries(meetupId: $meetupId, memberId: $memberId) { id kind status attempts createdAt sentAt lastError member { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssueModeration($id: ID!) {\n    issue(id: $id) {\n      id\n      title\n      status\n      allowedNextStatuses\n      hidden\n      hiddenReason\n      officialResponse\n      comments { id body hidden hiddenReason author { id name } }\n    }\n  }\n"): (typeof documents)["\n  query IssueModeration($id: ID!) {\n    issue(id: $id) {\n      id\n      title\n      status\n      allowedNextStatuses\n      hidden\n      hiddenReason\n      officialResponse\n      comments { id body hidden hiddenReason author { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicateCandidates($search: String!) {\n    issues(filter: { search: $search }, first: 10) {\n      edges { node { id title status } }\n    }\n  }\n"): (typeof documents)["\n  query DuplicateCandidates($search: String!) {\n    issues(filter: { search: $search }, first: 10) {\n      edges { node { id title status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIssueStatus($id: ID!, $status: IssueStatus!, $note: String, $duplicateOfId: ID) {\n    setIssueStatus(id: $id, status: $status, note: $note, duplicateOfId: $duplicateOfId) { id status allowedNextStatuses officialResponse duplicateOf { id title } }\n  }\n"): (typeof documents)["\n  mutation SetIssueStatus($id: ID!, $status: IssueStatus!, $note: String, $duplicateOfId: ID) {\n    setIssueStatus(id: $id, status: $status, note: $note, duplicateOfId: $duplicateOfId) { id status allowedNextStatuses officialResponse duplicateOf { id title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideIssue($id: ID!, $reason: String!) {\n    hideIssue(id: $id, reason: $reason) { id hidden hiddenReason }\n  }\n"): (typeof documents)["\n  mutation HideIssue($id: ID!, $reason: String!) {\n    hideIssue(id: $id, reason: $reason) { id hidden hiddenReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideIssue($id: ID!) {\n    unhideIssue(id: $id) { id hidden hiddenReason }\n  }\n"): (typeof documents)["\n  mutation UnhideIssue($id: ID!) {\n    unhideIssue(id: $id) { id hidden hiddenReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideIssueComment($id: ID!, $reason: String) {\n    hideIssueComment(id: $id, reason: $reason) { id hidden hiddenReason }\n  }\n"): (typeof documents)["\n  mutation HideIssueComment($id: ID!, $reason: String) {\n    hideIssueComment(id: $id, reason: $reason) { id hidden hiddenReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideIssueComment($id: ID!) {\n    unhideIssueComment(id: $id) { id hidden hiddenReason }\n  }\n"): (typeof documents)["\n  mutation UnhideIssueComment($id: ID!) {\n    unhideIssueComment(id: $id) { id hidden hiddenReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HiddenIssues($after: String) {\n    issues(filter: { hidden: true }, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status createdAt hiddenReason submitter { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query HiddenIssues($after: String) {\n    issues(filter: { hidden: true }, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status createdAt hiddenReason submitter { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwaitingIssues($after: String) {\n    issues(filter: { status: SUBMITTED, hidden: false }, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title createdAt supportCount submitter { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query AwaitingIssues($after: String) {\n    issues(filter: { status: SUBMITTED, hidden: false }, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title createdAt supportCount submitter { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideIssueFromList($id: ID!) {\n    unhideIssue(id: $id) { id hidden hiddenReason }\n  }\n"): (typeof documents)["\n  mutation UnhideIssueFromList($id: ID!) {\n    unhideIssue(id: $id) { id hidden hiddenReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AffiliationRequests {\n    affiliationRequests { requestedAt emailDomain member { id name } organization { id name } }\n    unverifiedSupports { id kind startedOn provider { id name } project { id name } }\n  }\n"): (typeof documents)["\n  query AffiliationRequests {\n    affiliationRequests { requestedAt emailDomain member { id name } organization { id name } }\n    unverifiedSupports { id kind startedOn provider { id name } project { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationAffiliations($id: ID!) {\n    organization(id: $id) {\n      id\n      affiliations { status role requestedAt emailDomain member { id name } }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationAffiliations($id: ID!) {\n    organization(id: $id) {\n      id\n      affiliations { status role requestedAt emailDomain member { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAffiliation($memberId: ID!, $role: AffiliationRole) {\n    confirmAffiliation(memberId: $memberId, role: $role) { status role member { id } }\n  }\n"): (typeof documents)["\n  mutation ConfirmAffiliation($memberId: ID!, $role: AffiliationRole) {\n    confirmAffiliation(memberId: $memberId, role: $role) { status role member { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAffiliations($memberIds: [ID!]!) {\n    confirmAffiliations(memberIds: $memberIds) { status member { id } }\n  }\n"): (typeof documents)["\n  mutation ConfirmAffiliations($memberIds: [ID!]!) {\n    confirmAffiliations(memberIds: $memberIds) { status member { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineAffiliation($memberId: ID!) {\n    declineAffiliation(memberId: $memberId)\n  }\n"): (typeof documents)["\n  mutation DeclineAffiliation($memberId: ID!) {\n    declineAffiliation(memberId: $memberId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndAffiliation($memberId: ID!) {\n    endAffiliation(memberId: $memberId)\n  }\n"): (typeof documents)["\n  mutation EndAffiliation($memberId: ID!) {\n    endAffiliation(memberId: $memberId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSupport($id: ID!) {\n    confirmSupport(id: $id) { id verified }\n  }\n"): (typeof documents)["\n  mutation ConfirmSupport($id: ID!) {\n    confirmSupport(id: $id) { id verified }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPage($id: ID!) {\n    organization(id: $id) {\n      id name shortName kind website description sectors services address\n      location { latitude longitude }\n      projects { id name }\n    }\n    organizationScorecards { organization { id } open done doneOnTime overdue medianDaysToComplete }\n  }\n"): (typeof documents)["\n  query OrganizationPage($id: ID!) {\n    organization(id: $id) {\n      id name shortName kind website description sectors services address\n      location { latitude longitude }\n      projects { id name }\n    }\n    organizationScorecards { organization { id } open done doneOnTime overdue medianDaysToComplete }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationAssignments($filter: AssignmentFilter!) {\n    assignments(filter: $filter, first: 20) {\n      edges { node { ...AssignmentSummary } }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationAssignments($filter: AssignmentFilter!) {\n    assignments(filter: $filter, first: 20) {\n      edges { node { ...AssignmentSummary } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationIssues($filter: IssueFilter!) {\n    issues(filter: $filter, first: 20) {\n      totalCount\n      edges { node { ...IssueSummary } }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationIssues($filter: IssueFilter!) {\n    issues(filter: $filter, first: 20) {\n      totalCount\n      edges { node { ...IssueSummary } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationsAdmin($search: String) {\n    organizations(search: $search) { id name shortName kind website }\n  }\n"): (typeof documents)["\n  query OrganizationsAdmin($search: String) {\n    organizations(search: $search) { id name shortName kind website }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) { id name shortName kind website }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) { id name shortName kind website }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleMeetup on Meetup {\n    id\n    title\n    startsAt\n    endsAt\n    timezone\n    status\n    goingCount\n    waitlistCount\n    capacity\n    series { id title }\n    minutes { id status }\n  }\n"): (typeof documents)["\n  fragment ConsoleMeetup on Meetup {\n    id\n    title\n    startsAt\n    endsAt\n    timezone\n    status\n    goingCount\n    waitlistCount\n    capacity\n    series { id title }\n    minutes { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUpcoming($now: DateTime!) {\n    meetups(filter: { from: $now }, first: 6) { edges { node { ...ConsoleMeetup } } }\n  }\n"): (typeof documents)["\n  query ConsoleUpcoming($now: DateTime!) {\n    meetups(filter: { from: $now }, first: 6) { edges { node { ...ConsoleMeetup } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRecent($now: DateTime!) {\n    meetups(filter: { to: $now, newestFirst: true, status: SCHEDULED }, first: 4) { edges { node { ...ConsoleMeetup } } }\n  }\n"): (typeof documents)["\n  query ConsoleRecent($now: DateTime!) {\n    meetups(filter: { to: $now, newestFirst: true, status: SCHEDULED }, first: 4) { edges { node { ...ConsoleMeetup } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DoorAttendees($meetupId: ID!) {\n    meetupAttendees(meetupId: $meetupId) { memberId name organizationName status guests waitlistPosition checkedIn answers }\n  }\n"): (typeof documents)["\n  query DoorAttendees($meetupId: ID!) {\n    meetupAttendees(meetupId: $meetupId) { memberId name organizationName status guests waitlistPosition checkedIn answers }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WalkInSearch($search: String!) {\n    members(search: $search) { id name organization { id name } }\n  }\n"): (typeof documents)["\n  query WalkInSearch($search: String!) {\n    members(search: $search) { id name organization { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($meetupId: ID!, $memberId: ID!) {\n    checkIn(meetupId: $meetupId, memberId: $memberId) { id checkedInAt }\n  }\n"): (typeof documents)["\n  mutation CheckIn($meetupId: ID!, $memberId: ID!) {\n    checkIn(meetupId: $meetupId, memberId: $memberId) { id checkedInAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Respond($meetupId: ID!, $response: RsvpResponse!, $guests: Int!, $answers: [String!]) {\n    rsvp(meetupId: $meetupId, response: $response, guests: $guests, answers: $answers) {\n      id\n      status\n      guests\n      waitlistPosition\n      fromStanding\n      answers\n      meetup { id goingCount waitlistCount spotsLeft myRsvp { id status guests waitlistPosition fromStanding answers } }\n    }\n  }\n"): (typeof documents)["\n  mutation Respond($meetupId: ID!, $response: RsvpResponse!, $guests: Int!, $answers: [String!]) {\n    rsvp(meetupId: $meetupId, response: $response, guests: $guests, answers: $answers) {\n      id\n      status\n      guests\n      waitlistPosition\n      fromStanding\n      answers\n      meetup { id goingCount waitlistCount spotsLeft myRsvp { id status guests waitlistPosition fromStanding answers } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInWithCode($meetupId: ID!, $code: String!) {\n    checkInWithCode(meetupId: $meetupId, code: $code) { id checkedInAt }\n  }\n"): (typeof documents)["\n  mutation CheckInWithCode($meetupId: ID!, $code: String!) {\n    checkInWithCode(meetupId: $meetupId, code: $code) { id checkedInAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStandingRsvp($seriesId: ID!, $guests: Int!) {\n    setStandingRsvp(seriesId: $seriesId, guests: $guests) { guests series { id } }\n  }\n"): (typeof documents)["\n  mutation SetStandingRsvp($seriesId: ID!, $guests: Int!) {\n    setStandingRsvp(seriesId: $seriesId, guests: $guests) { guests series { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelStandingRsvp($seriesId: ID!) {\n    cancelStandingRsvp(seriesId: $seriesId)\n  }\n"): (typeof documents)["\n  mutation CancelStandingRsvp($seriesId: ID!) {\n    cancelStandingRsvp(seriesId: $seriesId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionMember {\n    me {\n      id\n      name\n      email\n      role\n      locale\n      organization { id name }\n      affiliation { status role organization { id } }\n    }\n  }\n"): (typeof documents)["\n  query SessionMember {\n    me {\n      id\n      name\n      email\n      role\n      locale\n      organization { id name }\n      affiliation { status role organization { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyStandingRsvps {\n    me { id standingRsvps { guests series { id } } }\n  }\n"): (typeof documents)["\n  query MyStandingRsvps {\n    me { id standingRsvps { guests series { id } } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;