export declare const PLACEHOLDER: RegExp
export declare function renderTemplate(text: string, values: Record<string, string>): string
