/** The exam blueprint and the changes since its guide, gathered from the loaded guide for the exam pages. */
import { blueprint, changesSince, type BlueprintDomain } from './blueprint';
import { examServices, urlOf, type Exam, type Guide } from './content';
import { sectionLabeller } from './section-labels';
import { allQuestions } from './study/decks';

export async function examBlueprint(guide: Guide, exam: Exam): Promise<BlueprintDomain[]> {
  return blueprint(exam.data, exam.data.code, allQuestions(guide), await sectionLabeller(guide));
}

export const examChangesSince = (guide: Guide, exam: Exam) =>
  changesSince(
    examServices(guide, exam).map((s) => ({ name: s.data.name, url: urlOf(s), status: s.data.status, changes: s.data.changes })),
    exam.data.guide.published,
  );

/** The ids the blueprint gives its domains and tasks, which the page's other sections keep clear of. */
export const blueprintIds = (domains: readonly BlueprintDomain[]) => domains.flatMap((d) => [`domain-${d.number}`, ...d.tasks.map((t) => t.id)]);
