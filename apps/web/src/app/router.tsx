import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout';
import { HomePage } from '../features/meetups/HomePage';
import { NotFoundPage } from '../components/NotFoundPage';

/**
 * The routes people share (API.md, "The web app"). The home page is in the first bundle; every
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
      { path: 'me', lazy: () => import('../features/members/MePage').then((m) => ({ Component: m.MePage })) },
      { path: 'sign-in', lazy: () => import('../features/auth/SignInPage').then((m) => ({ Component: m.SignInPage })) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
