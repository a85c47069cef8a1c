import { Route, Routes } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { PublicLayout } from './layout/PublicLayout';
import { RequireAuth } from './layout/RequireAuth';
import { UnauthorizedRedirect } from './layout/UnauthorizedRedirect';
import { Login } from './pages/auth/Login';
import { ForgotPassword } from './pages/auth/ForgotPassword';
import { ResetPassword } from './pages/auth/ResetPassword';
import { Home } from './pages/Home';
import { NotFound } from './pages/NotFound';
import { OrganisationList } from './pages/organisations/OrganisationList';
import { OrganisationCreate } from './pages/organisations/OrganisationCreate';
import { OrganisationDetail } from './pages/organisations/OrganisationDetail';
import { OrganisationEdit } from './pages/organisations/OrganisationEdit';
import { PersonList } from './pages/people/PersonList';
import { PersonCreate } from './pages/people/PersonCreate';
import { PersonDetail } from './pages/people/PersonDetail';
import { PersonEdit } from './pages/people/PersonEdit';
import { BodyList } from './pages/bodies/BodyList';
import { BodyCreate } from './pages/bodies/BodyCreate';
import { BodyDetail } from './pages/bodies/BodyDetail';
import { BodyEdit } from './pages/bodies/BodyEdit';
import { FrameworkList } from './pages/frameworks/FrameworkList';
import { FrameworkCreate } from './pages/frameworks/FrameworkCreate';
import { FrameworkDetail } from './pages/frameworks/FrameworkDetail';
import { FrameworkEdit } from './pages/frameworks/FrameworkEdit';
import { ProgrammeList } from './pages/assessments/ProgrammeList';
import { ProgrammeCreate } from './pages/assessments/ProgrammeCreate';
import { ProgrammeDetail } from './pages/assessments/ProgrammeDetail';
import { ProgrammeEdit } from './pages/assessments/ProgrammeEdit';
import { InitiativeDetail } from './pages/assessments/InitiativeDetail';
import { InitiativeEdit } from './pages/assessments/InitiativeEdit';
import { AssessmentPage } from './pages/assessments/AssessmentPage';
import { ComparePage } from './pages/assessments/ComparePage';
import { AgreementList } from './pages/agreements/AgreementList';
import { AgreementDetail } from './pages/agreements/AgreementDetail';
import { TemplateList } from './pages/agreements/TemplateList';
import { TemplateCreate } from './pages/agreements/TemplateCreate';
import { TemplateDetail } from './pages/agreements/TemplateDetail';
import { IndexSeriesList } from './pages/agreements/IndexSeriesList';
import { IndexSeriesDetail } from './pages/agreements/IndexSeriesDetail';
import { UserAdmin } from './pages/admin/UserAdmin';
import { Outbox } from './pages/admin/Outbox';
import { RespondPage } from './pages/surveys/RespondPage';
import { QuestionnaireList } from './pages/surveys/QuestionnaireList';
import { QuestionnaireCreate } from './pages/surveys/QuestionnaireCreate';
import { QuestionnaireDetail } from './pages/surveys/QuestionnaireDetail';
import { QuestionnaireEdit } from './pages/surveys/QuestionnaireEdit';
import { ScalesPage } from './pages/surveys/ScalesPage';
import { CycleList } from './pages/followup/CycleList';
import { CycleCreate } from './pages/followup/CycleCreate';
import { CyclePage } from './pages/followup/CyclePage';

export function App() {
  return (
    <>
      <UnauthorizedRedirect />
      <Routes>
        <Route element={<PublicLayout />}>
          <Route path="/login" element={<Login />} />
          <Route path="/forgot-password" element={<ForgotPassword />} />
          <Route path="/reset-password" element={<ResetPassword />} />
        </Route>
        {/* Answering a questionnaire needs no account: its own minimal layout, outside the sign-in. */}
        <Route path="/svar/:token" element={<RespondPage />} />
        <Route path="/respond/:token" element={<RespondPage />} />
        <Route element={<RequireAuth />}>
          <Route element={<AppLayout />}>
            <Route index element={<Home />} />
            <Route path="organisations" element={<OrganisationList />} />
            <Route path="organisations/new" element={<OrganisationCreate />} />
            <Route path="organisations/:id" element={<OrganisationDetail />} />
            <Route path="organisations/:id/edit" element={<OrganisationEdit />} />
            <Route path="people" element={<PersonList />} />
            <Route path="people/new" element={<PersonCreate />} />
            <Route path="people/:id" element={<PersonDetail />} />
            <Route path="people/:id/edit" element={<PersonEdit />} />
            <Route path="bodies" element={<BodyList />} />
            <Route path="bodies/new" element={<BodyCreate />} />
            <Route path="bodies/:id" element={<BodyDetail />} />
            <Route path="bodies/:id/edit" element={<BodyEdit />} />
            <Route path="frameworks" element={<FrameworkList />} />
            <Route path="frameworks/new" element={<FrameworkCreate />} />
            <Route path="frameworks/:id" element={<FrameworkDetail />} />
            <Route path="frameworks/:id/edit" element={<FrameworkEdit />} />
            <Route path="programmes" element={<ProgrammeList />} />
            <Route path="programmes/new" element={<ProgrammeCreate />} />
            <Route path="programmes/:id" element={<ProgrammeDetail />} />
            <Route path="programmes/:id/edit" element={<ProgrammeEdit />} />
            <Route path="initiatives/:id" element={<InitiativeDetail />} />
            <Route path="initiatives/:id/edit" element={<InitiativeEdit />} />
            <Route path="assessments/:id" element={<AssessmentPage />} />
            <Route path="assessments/:id/compare/:otherId" element={<ComparePage />} />
            <Route path="agreements" element={<AgreementList />} />
            <Route path="agreements/:id" element={<AgreementDetail />} />
            <Route path="agreement-templates" element={<TemplateList />} />
            <Route path="agreement-templates/new" element={<TemplateCreate />} />
            <Route path="agreement-templates/:id" element={<TemplateDetail />} />
            <Route path="index-series" element={<IndexSeriesList />} />
            <Route path="index-series/:id" element={<IndexSeriesDetail />} />
            <Route path="questionnaires" element={<QuestionnaireList />} />
            <Route path="questionnaires/new" element={<QuestionnaireCreate />} />
            <Route path="questionnaires/:id" element={<QuestionnaireDetail />} />
            <Route path="questionnaires/:id/edit" element={<QuestionnaireEdit />} />
            <Route path="survey-scales" element={<ScalesPage />} />
            <Route path="followup" element={<CycleList />} />
            <Route path="followup/new" element={<CycleCreate />} />
            <Route path="followup/:id" element={<CyclePage />} />
            <Route element={<RequireAuth roles={['admin']} />}>
              <Route path="admin/users" element={<UserAdmin />} />
              <Route path="admin/outbox" element={<Outbox />} />
            </Route>
            <Route path="*" element={<NotFound />} />
          </Route>
        </Route>
      </Routes>
    </>
  );
}
