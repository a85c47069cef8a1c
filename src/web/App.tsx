import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from './components/Loading';
import { AppLayout } from './layout/AppLayout';
import { PublicLayout } from './layout/PublicLayout';
import { RequireAuth } from './layout/RequireAuth';
import { UnauthorizedRedirect } from './layout/UnauthorizedRedirect';
import { Login } from './pages/auth/Login';
import { ForgotPassword } from './pages/auth/ForgotPassword';
import { ResetPassword } from './pages/auth/ResetPassword';
import { NotFound } from './pages/NotFound';
import { RespondPage } from './pages/surveys/RespondPage';

/**
 * The signed-in pages load when first visited, so a respondent opening a questionnaire link on a
 * phone downloads the answering page and not the whole application.
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}
const Home = page(() => import('./pages/Home'), 'Home');
const ApiDocs = page(() => import('./pages/apidocs/ApiDocs'), 'ApiDocs');
const OrganisationList = page(() => import('./pages/organisations/OrganisationList'), 'OrganisationList');
const OrganisationCreate = page(() => import('./pages/organisations/OrganisationCreate'), 'OrganisationCreate');
const OrganisationDetail = page(() => import('./pages/organisations/OrganisationDetail'), 'OrganisationDetail');
const OrganisationEdit = page(() => import('./pages/organisations/OrganisationEdit'), 'OrganisationEdit');
const PersonList = page(() => import('./pages/people/PersonList'), 'PersonList');
const PersonCreate = page(() => import('./pages/people/PersonCreate'), 'PersonCreate');
const PersonDetail = page(() => import('./pages/people/PersonDetail'), 'PersonDetail');
const PersonEdit = page(() => import('./pages/people/PersonEdit'), 'PersonEdit');
const BodyList = page(() => import('./pages/bodies/BodyList'), 'BodyList');
const BodyCreate = page(() => import('./pages/bodies/BodyCreate'), 'BodyCreate');
const BodyDetail = page(() => import('./pages/bodies/BodyDetail'), 'BodyDetail');
const BodyEdit = page(() => import('./pages/bodies/BodyEdit'), 'BodyEdit');
const FrameworkList = page(() => import('./pages/frameworks/FrameworkList'), 'FrameworkList');
const FrameworkCreate = page(() => import('./pages/frameworks/FrameworkCreate'), 'FrameworkCreate');
const FrameworkDetail = page(() => import('./pages/frameworks/FrameworkDetail'), 'FrameworkDetail');
const FrameworkEdit = page(() => import('./pages/frameworks/FrameworkEdit'), 'FrameworkEdit');
const ProgrammeList = page(() => import('./pages/assessments/ProgrammeList'), 'ProgrammeList');
const ProgrammeCreate = page(() => import('./pages/assessments/ProgrammeCreate'), 'ProgrammeCreate');
const ProgrammeDetail = page(() => import('./pages/assessments/ProgrammeDetail'), 'ProgrammeDetail');
const ProgrammeEdit = page(() => import('./pages/assessments/ProgrammeEdit'), 'ProgrammeEdit');
const InitiativeDetail = page(() => import('./pages/assessments/InitiativeDetail'), 'InitiativeDetail');
const InitiativeEdit = page(() => import('./pages/assessments/InitiativeEdit'), 'InitiativeEdit');
const AssessmentPage = page(() => import('./pages/assessments/AssessmentPage'), 'AssessmentPage');
const ComparePage = page(() => import('./pages/assessments/ComparePage'), 'ComparePage');
const AgreementList = page(() => import('./pages/agreements/AgreementList'), 'AgreementList');
const AgreementDetail = page(() => import('./pages/agreements/AgreementDetail'), 'AgreementDetail');
const TemplateList = page(() => import('./pages/agreements/TemplateList'), 'TemplateList');
const TemplateCreate = page(() => import('./pages/agreements/TemplateCreate'), 'TemplateCreate');
const TemplateDetail = page(() => import('./pages/agreements/TemplateDetail'), 'TemplateDetail');
const IndexSeriesList = page(() => import('./pages/agreements/IndexSeriesList'), 'IndexSeriesList');
const IndexSeriesDetail = page(() => import('./pages/agreements/IndexSeriesDetail'), 'IndexSeriesDetail');
const UserAdmin = page(() => import('./pages/admin/UserAdmin'), 'UserAdmin');
const Outbox = page(() => import('./pages/admin/Outbox'), 'Outbox');
const QuestionnaireList = page(() => import('./pages/surveys/QuestionnaireList'), 'QuestionnaireList');
const QuestionnaireCreate = page(() => import('./pages/surveys/QuestionnaireCreate'), 'QuestionnaireCreate');
const QuestionnaireDetail = page(() => import('./pages/surveys/QuestionnaireDetail'), 'QuestionnaireDetail');
const QuestionnaireEdit = page(() => import('./pages/surveys/QuestionnaireEdit'), 'QuestionnaireEdit');
const ScalesPage = page(() => import('./pages/surveys/ScalesPage'), 'ScalesPage');
const CycleList = page(() => import('./pages/followup/CycleList'), 'CycleList');
const CycleCreate = page(() => import('./pages/followup/CycleCreate'), 'CycleCreate');
const CyclePage = page(() => import('./pages/followup/CyclePage'), 'CyclePage');
const StatisticsPage = page(() => import('./pages/statistics/StatisticsPage'), 'StatisticsPage');
const CaseList = page(() => import('./pages/cases/CaseList'), 'CaseList');
const CaseCreate = page(() => import('./pages/cases/CaseCreate'), 'CaseCreate');
const CaseDetail = page(() => import('./pages/cases/CaseDetail'), 'CaseDetail');
const MeetingList = page(() => import('./pages/meetings/MeetingList'), 'MeetingList');
const MeetingCreate = page(() => import('./pages/meetings/MeetingCreate'), 'MeetingCreate');
const MeetingPage = page(() => import('./pages/meetings/MeetingPage'), 'MeetingPage');
const IndicatorSetList = page(() => import('./pages/indicators/IndicatorSetList'), 'IndicatorSetList');
const IndicatorSetCreate = page(() => import('./pages/indicators/IndicatorSetForms'), 'IndicatorSetCreate');
const IndicatorSetEdit = page(() => import('./pages/indicators/IndicatorSetForms'), 'IndicatorSetEdit');
const IndicatorSetPage = page(() => import('./pages/indicators/IndicatorSetPage'), 'IndicatorSetPage');
const IndicatorCreate = page(() => import('./pages/indicators/IndicatorForm'), 'IndicatorCreate');
const IndicatorEdit = page(() => import('./pages/indicators/IndicatorForm'), 'IndicatorEdit');
const IndicatorPage = page(() => import('./pages/indicators/IndicatorPage'), 'IndicatorPage');
const GenderReviewList = page(() => import('./pages/genderReview/ReviewList'), 'ReviewList');
const GenderReviewCreate = page(() => import('./pages/genderReview/ReviewForms'), 'ReviewCreate');
const GenderReviewEdit = page(() => import('./pages/genderReview/ReviewForms'), 'ReviewEdit');
const GenderReviewPage = page(() => import('./pages/genderReview/ReviewPage'), 'ReviewPage');
const GenderReviewDocument = page(() => import('./pages/genderReview/DocumentPage'), 'DocumentPage');
const ImportList = page(() => import('./pages/statistics/imports/ImportList'), 'ImportList');
const ImportCreate = page(() => import('./pages/statistics/imports/ImportCreate'), 'ImportCreate');
const ImportPage = page(() => import('./pages/statistics/imports/ImportPage'), 'ImportPage');
const NoticeBoardPage = page(() => import('./pages/noticeBoard/NoticeBoardPage'), 'NoticeBoardPage');

export function App() {
  return (
    <>
      <UnauthorizedRedirect />
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route element={<PublicLayout />}>
            <Route path="/login" element={<Login />} />
            <Route path="/forgot-password" element={<ForgotPassword />} />
            <Route path="/reset-password" element={<ResetPassword />} />
          </Route>
          {/* Answering a questionnaire needs no account: its own minimal layout, outside the sign-in. */}
          <Route path="/svar/:token" element={<RespondPage />} />
          {/* The API described for people, open like the document it draws from. */}
          <Route path="/api/docs" element={<ApiDocs />} />
          <Route path="/respond/:token" element={<RespondPage />} />
          {/* An organisation's notice board (anslagstavla) is public, as the law wants it. */}
          <Route path="/anslagstavla/:organisationId" element={<NoticeBoardPage />} />
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
              <Route path="statistics" element={<StatisticsPage />} />
              <Route path="cases" element={<CaseList />} />
              <Route path="cases/new" element={<CaseCreate />} />
              <Route path="cases/:id" element={<CaseDetail />} />
              <Route path="meetings" element={<MeetingList />} />
              <Route path="meetings/new" element={<MeetingCreate />} />
              <Route path="meetings/:id" element={<MeetingPage />} />
              <Route path="indicators" element={<IndicatorSetList />} />
              <Route path="indicators/sets" element={<IndicatorSetList />} />
              <Route path="indicators/new" element={<IndicatorSetCreate />} />
              <Route path="indicators/sets/:id" element={<IndicatorSetPage />} />
              <Route path="indicators/sets/:id/edit" element={<IndicatorSetEdit />} />
              <Route path="indicators/sets/:id/add" element={<IndicatorCreate />} />
              <Route path="indicators/:id" element={<IndicatorPage />} />
              <Route path="indicators/:id/edit" element={<IndicatorEdit />} />
              <Route path="gender-reviews" element={<GenderReviewList />} />
              <Route path="gender-reviews/new" element={<GenderReviewCreate />} />
              <Route path="gender-reviews/:id" element={<GenderReviewPage />} />
              <Route path="gender-reviews/:id/edit" element={<GenderReviewEdit />} />
              <Route path="gender-reviews/:id/documents/:documentId" element={<GenderReviewDocument />} />
              <Route path="statistics/imports" element={<ImportList />} />
              <Route path="statistics/imports/new" element={<ImportCreate />} />
              <Route path="statistics/imports/:id" element={<ImportPage />} />
              <Route element={<RequireAuth roles={['admin']} />}>
                <Route path="admin/users" element={<UserAdmin />} />
                <Route path="admin/outbox" element={<Outbox />} />
              </Route>
              <Route path="*" element={<NotFound />} />
            </Route>
          </Route>
        </Routes>
      </Suspense>
    </>
  );
}
