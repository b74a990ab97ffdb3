/** The English UI catalogue. Its shape is the type every other catalogue must match exactly. */
export const en = {
  appName: 'Rian',
  appTagline: 'Digital Government Academy learning',
  skipToContent: 'Skip to main content',
  language: {
    label: 'Language',
    choose: 'Choose your language',
    th: 'ไทย',
    en: 'English',
  },
  firstRun: {
    welcomeTitle: 'Welcome to Rian',
    welcomeBody:
      'Rian keeps your courses and your progress on this computer, so you can learn with or without the internet.',
    createTitle: 'Create your learner profile',
    createBody: 'Your name appears on your certificates exactly as you type it here.',
    nameTh: 'Name in Thai',
    nameThHint: 'e.g. นางสาวสมศรี ใจดี',
    nameEn: 'Name in English',
    nameEnHint: 'e.g. Ms Somsri Jaidee',
    agency: 'Agency (ministry / department)',
    agencyHint: 'e.g. Department of Provincial Administration',
    position: 'Position',
    positionHint: 'e.g. Policy and Plan Analyst',
    email: 'E-mail (optional)',
    pin: 'PIN (optional, 4–6 digits)',
    pinHint: 'On a shared computer a PIN keeps others out of your profile.',
    submit: 'Create profile and start',
    saving: 'Saving…',
    cancel: 'Back to profiles',
  },
  fieldErrors: {
    required: 'Please fill this in.',
    tooLong: 'This is too long.',
    email: 'This does not look like an e-mail address.',
    pin: 'A PIN is 4 to 6 digits.',
  },
  picker: {
    title: 'Who is learning?',
    body: 'Choose your profile. Several people can share this computer.',
    addProfile: 'Add a new profile',
    pinFor: (name: string) => `Enter the PIN for ${name}`,
    pinLabel: 'PIN',
    signIn: 'Continue',
    locked: 'PIN protected',
    lastUsed: (when: string) => `Last used ${when}`,
  },
  header: {
    catalogue: 'Courses',
    switchProfile: 'Switch profile',
    signedInAs: (name: string) => `Signed in as ${name}`,
    mainNav: 'Main',
  },
  catalogue: {
    title: 'Your courses',
    intro: 'Courses on this computer. Your progress is saved as you go.',
    hours: (n: number) => `${n} ${n === 1 ? 'hour' : 'hours'}`,
    lessons: (n: number) => `${n} lessons`,
    modules: (n: number) => `${n} modules`,
    open: 'Open course',
    continue: 'Continue',
    review: 'Review',
    progressLabel: (title: string) => `Progress in ${title}`,
    empty: 'No courses are installed on this computer yet.',
    brokenTitle: 'Courses that could not be opened',
    brokenBody: 'These course packages have problems. Other courses work normally. Tell your administrator:',
    problems: (n: number) => `${n} ${n === 1 ? 'problem' : 'problems'}`,
    resumeTitle: 'Pick up where you left off',
  },
  status: {
    notStarted: 'Not started',
    inProgress: 'In progress',
    completed: 'Completed',
  },
  course: {
    back: 'All courses',
    audience: 'Who it is for',
    objectives: 'What you will learn',
    modulesTitle: 'Modules and lessons',
    start: 'Start the course',
    continue: 'Continue learning',
    minutes: (n: number) => `${n} min`,
    lessonDone: 'Done',
    optional: 'Optional',
    completedOn: (date: string) => `Completed on ${date}`,
    percentDone: (n: string) => `${n} complete`,
    lessonsDone: (done: number, total: number) => `${done} of ${total} lessons`,
  },
  lesson: {
    outline: 'Course outline',
    previous: 'Previous lesson',
    next: 'Next lesson',
    markComplete: 'Mark complete',
    completed: 'Lesson complete',
    saving: 'Saving…',
    courseComplete: 'You have completed this course. Well done!',
    endOfCourse: 'This is the last lesson of the course.',
    loading: 'Loading the lesson…',
    callout: {
      note: 'Note',
      tip: 'Tip',
      important: 'Important',
      warning: 'Warning',
      caution: 'Caution',
    },
  },
  startup: {
    loading: 'Starting Rian…',
    dbCorruptTitle: 'Your learning records could not be opened',
    dbCorruptBody:
      'The database file is damaged. Rian has not changed it. Ask your administrator to restore it from a backup, or move the file away to start afresh (your earlier progress would then be missing).',
    dbFutureTitle: 'This data comes from a newer Rian',
    dbFutureBody: (db: number, app: number) =>
      `The records were written by a newer version of Rian (data version ${db}; this version understands up to ${app}). Install the newest Rian to open them. Nothing has been changed.`,
    file: 'Database file',
    settingsReset: (path: string) =>
      `Your settings file could not be read, so Rian started with default settings. The old file was kept at ${path}.`,
    dismiss: 'Dismiss',
    unreachable: 'Rian could not reach its data service.',
    retry: 'Try again',
  },
  errors: {
    generic: 'Something went wrong. Your saved work is safe; please try again.',
  },
};

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };
export type Messages = Widen<typeof en>;
