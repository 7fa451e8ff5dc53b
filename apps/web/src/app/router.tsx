import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout';
import { HomePage } from '../features/meetups/HomePage';
import { NotFoundPage } from '../components/NotFoundPage';

/**
 * The routes people share (docs/API.md, "The web app"). The home page is in the first bundle; every
 * other page is loaded when first visited. The api serves the app's HTML for exactly these paths.
 */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'meetups', lazy: () => import('../features/meetups/MeetupsPage').then((m) => ({ Component: m.MeetupsPage })) },
      { path: 'meetups/:id', lazy: () => import('../features/meetups/MeetupPage').then((m) => ({ Component: m.MeetupPage })) },
      { path: 'issues', lazy: () => import('../features/issues/IssuesPage').then((m) => ({ Component: m.IssuesPage })) },
      { path: 'issues/new', lazy: () => import('../features/issues/NewIssuePage').then((m) => ({ Component: m.NewIssuePage })) },
      { path: 'issues/:id', lazy: () => import('../features/issues/IssuePage').then((m) => ({ Component: m.IssuePage })) },
      { path: 'assignments', lazy: () => import('../features/assignments/AssignmentsPage').then((m) => ({ Component: m.AssignmentsPage })) },
      { path: 'organizations/:id', lazy: () => import('../features/organizations/OrganizationPage').then((m) => ({ Component: m.OrganizationPage })) },
      { path: 'consultations', lazy: () => import('../features/consultations/ConsultationsPage').then((m) => ({ Component: m.ConsultationsPage })) },
      { path: 'consultations/:id', lazy: () => import('../features/consultations/ConsultationPage').then((m) => ({ Component: m.ConsultationPage })) },
      { path: 'ecosystem', lazy: () => import('../features/ecosystem/EcosystemPage').then((m) => ({ Component: m.EcosystemPage })) },
      { path: 'ecosystem/targets', lazy: () => import('../features/ecosystem/TargetsPage').then((m) => ({ Component: m.TargetsPage })) },
      { path: 'projects/new', lazy: () => import('../features/ecosystem/NewProjectPage').then((m) => ({ Component: m.NewProjectPage })) },
      { path: 'projects/:id', lazy: () => import('../features/ecosystem/ProjectPage').then((m) => ({ Component: m.ProjectPage })) },
      { path: 'me', lazy: () => import('../features/members/MePage').then((m) => ({ Component: m.MePage })) },
      { path: 'sign-in', lazy: () => import('../features/auth/SignInPage').then((m) => ({ Component: m.SignInPage })) },
      {
        path: 'organize',
        lazy: () => import('../features/organize/OrganizeLayout').then((m) => ({ Component: m.OrganizeLayout })),
        children: [
          { index: true, lazy: () => import('../features/organize/OrganizeDashboard').then((m) => ({ Component: m.OrganizeDashboard })) },
          { path: 'series', lazy: () => import('../features/meetups/SeriesAdminPage').then((m) => ({ Component: m.SeriesAdminPage })) },
          { path: 'series/:id', lazy: () => import('../features/meetups/SeriesAdminPage').then((m) => ({ Component: m.SeriesEditPage })) },
          { path: 'meetups/:id', lazy: () => import('../features/meetups/AgendaBuilder').then((m) => ({ Component: m.AgendaBuilderPage })) },
          { path: 'meetups/:id/agenda', lazy: () => import('../features/meetups/AgendaBuilder').then((m) => ({ Component: m.AgendaBuilderPage })) },
          { path: 'meetups/:id/door', lazy: () => import('../features/rsvps/DoorPage').then((m) => ({ Component: m.DoorPage })) },
          { path: 'meetups/:id/minutes', lazy: () => import('../features/minutes/MinutesEditorPage').then((m) => ({ Component: m.MinutesEditorPage })) },
          { path: 'meetups/:id/edit', lazy: () => import('../features/meetups/MeetupEditPage').then((m) => ({ Component: m.MeetupEditPage })) },
          { path: 'assignments', lazy: () => import('../features/assignments/FollowUpBoardPage').then((m) => ({ Component: m.FollowUpBoardPage })) },
          { path: 'moderation', lazy: () => import('../features/moderation/ModerationPage').then((m) => ({ Component: m.ModerationPage })) },
          { path: 'people', lazy: () => import('../features/members/PeoplePage').then((m) => ({ Component: m.PeoplePage })) },
          {
            path: 'organizations',
            lazy: () => import('../features/organizations/OrganizationsAdminPage').then((m) => ({ Component: m.OrganizationsAdminPage })),
          },
          {
            path: 'affiliations',
            lazy: () => import('../features/organizations/Affiliations').then((m) => ({ Component: m.AffiliationRequestsPage })),
          },
          { path: 'audit', lazy: () => import('../features/moderation/AuditLogPage').then((m) => ({ Component: m.AuditLogPage })) },
          {
            path: 'consultations/new',
            lazy: () => import('../features/consultations/NewConsultationPage').then((m) => ({ Component: m.NewConsultationPage })),
          },
          { path: 'deliveries', lazy: () => import('../features/moderation/DeliveriesPage').then((m) => ({ Component: m.DeliveriesPage })) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
