export * from './audit-event.ts';
export * from './eu-act.ts';
export * from './eu-impact.ts';
export * from './initiative.ts';
export * from './milestone.ts';
export * from './ministry.ts';
export * from './saved-view.ts';
export * from './user.ts';
