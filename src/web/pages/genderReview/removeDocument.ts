import type { TFunction } from 'i18next';
import { reviewApi, type Review, type ReviewDocument } from './queries';

/**
 * What removing a document says and sends, on the review's list of documents and on the document's
 * page alike. The confirmation names the ratings that go with it and, when the document is the
 * chosen link to improve, that the choice goes too: only then is `clearImprovement` sent, so the
 * server refuses a removal of the chosen link nobody was told about (a colleague chose it meanwhile).
 */
export function removeDocumentProps(review: Review, t: TFunction) {
  return (d: ReviewDocument) => {
    const chosen = review.improvement.documentId === d.id;
    const rated = d.counts.clear + d.counts.partly + d.counts.missing;
    const message = t('genderReview.documents.removeConfirm', { title: d.title, count: rated });
    return {
      name: t('genderReview.documents.removeNamed', { title: d.title }),
      message: chosen ? `${message} ${t('genderReview.documents.removeChosen')}` : message,
      send: () => reviewApi.removeDocument(review.id, d.id, { version: d.version, clearImprovement: chosen }),
    };
  };
}
