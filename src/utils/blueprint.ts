/**
 * An exam's blueprint: its domains and task statements, each with the sections of the guide that teach it
 * and the questions that test it, in the exam guide's order. The exam page, the study path, the print
 * page and the practice filter all read it from here.
 */

/** What the blueprint reads of an exam's data file. */
export interface BlueprintExam {
  domains: {
    name: string;
    weight: number;
    tasks: { number: string; title: string; covers: string[]; sections: string[] }[];
  }[];
}

export interface BlueprintSection {
  /** Root-relative, with its fragment: "/services/iam/#roles". */
  path: string;
  /** The page the section is on: "/services/iam/". */
  page: string;
  label: string;
}

export interface BlueprintTask {
  /** The id of the task's part of the exam page: "task-1-2". */
  id: string;
  number: string;
  title: string;
  covers: string[];
  sections: BlueprintSection[];
  /** Ids of the practice questions that test it. */
  questions: string[];
}

export interface BlueprintDomain {
  number: number;
  name: string;
  weight: number;
  tasks: BlueprintTask[];
}

/** Where practice on one task statement starts: /practice/ opens the deck narrowed to that task. */
export const taskPracticePath = (deck: string, task: string) => `/practice/?deck=${deck}&task=${task}`;

/** A task statement's id on the exam page: "1.2" → "task-1-2". Stable while the exam guide numbers it so. */
export const taskId = (number: string) => `task-${number.replace('.', '-')}`;

/** The exam's domains and task statements with their sections, labelled, and the ids of the questions naming each task. */
export function blueprint(
  exam: BlueprintExam,
  code: string,
  questions: readonly { id: string; tasks: Record<string, string> }[],
  label: (path: string) => string,
): BlueprintDomain[] {
  return exam.domains.map((domain, d) => ({
    number: d + 1,
    name: domain.name,
    weight: domain.weight,
    tasks: domain.tasks.map((task) => ({
      id: taskId(task.number),
      number: task.number,
      title: task.title,
      covers: task.covers,
      sections: task.sections.map((path) => ({ path, page: path.split('#')[0]!, label: label(path) })),
      questions: questions.filter((q) => q.tasks[code] === task.number).map((q) => q.id),
    })),
  }));
}

/**
 * Topic pages in the order the blueprint first sends a reader to them, then the others in the order given:
 * an exam's print page reads like its study path.
 */
export function inBlueprintOrder<T>(topics: readonly T[], urlOf: (topic: T) => string, domains: readonly BlueprintDomain[]): T[] {
  const rank = new Map<string, number>();
  for (const section of domains.flatMap((d) => d.tasks.flatMap((t) => t.sections))) if (!rank.has(section.page)) rank.set(section.page, rank.size);
  const last = rank.size;
  return topics
    .map((topic, index) => ({ topic, index, rank: rank.get(urlOf(topic)) ?? last }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.topic);
}

/** A change to an in-scope service since the exam guide was written. */
export interface ChangeSince {
  service: string;
  date: string;
  what: string;
  /** Where the guide explains it. */
  path: string;
}

/** The kinds of change that make an exam's expected answer differ from today's AWS. */
const LIFECYCLE = new Set(['renamed', 'closed', 'retired', 'deprecated']);

/**
 * The in-scope services AWS has renamed, closed to new customers or retired since `published` (the exam
 * guide's date), newest first: a service's dated changes of those kinds, or its status when no change
 * entry states it.
 */
export function changesSince(
  services: readonly {
    name: string;
    url: string;
    status: { state: string; since?: string; note?: string };
    changes: readonly { date: string; kind: string; text: string; section: string }[];
  }[],
  published: string,
): ChangeSince[] {
  const after = (date: string) => date >= published.slice(0, date.length);
  return services
    .flatMap((service): ChangeSince[] => {
      const changes = service.changes.filter((c) => LIFECYCLE.has(c.kind) && after(c.date));
      const { state, since, note } = service.status;
      const statusOnly = state !== 'active' && since && note && after(since) && !changes.some((c) => c.kind === state);
      return [
        ...changes.map((c) => ({ service: service.name, date: c.date, what: c.text, path: `${service.url}#${c.section}` })),
        ...(statusOnly ? [{ service: service.name, date: since, what: note, path: service.url }] : []),
      ];
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.service.localeCompare(b.service, 'en'));
}
