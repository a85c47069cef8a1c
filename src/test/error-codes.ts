// Every test knows every error code's status, as the running server does (src/app loads every
// face). A unit test of pure rules imports no face, so the codes are declared here.
import.meta.glob(['../*/errors.ts', '../platform/*/errors.ts'], { eager: true });
