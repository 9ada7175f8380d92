/** Every lint and synth warning id starts with this, so a user can tell our warnings from others. */
export const LINT_ID_PREFIX = 'sender-id-registration:';
