declare module 'asl-validator' {
  /** Validates an Amazon States Language definition (the package ships no types). */
  export default function validator(
    definition: unknown,
    options?: { checkPaths?: boolean; checkArn?: boolean },
  ): { isValid: boolean; errors: { message?: string; 'Error code'?: string }[] };
}
