// LinkedIn's "Add to profile" link for a certification: the badge, the team and the assertion's address.

export interface LinkedInCert {
  readonly name: string;
  readonly organization: string;
  /** YYYY-MM-DD. */
  readonly issued: string;
  readonly url: string;
  readonly certId: string;
}

/** https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=…&certUrl=… (parameters encoded). */
export function linkedInUrl(c: LinkedInCert): string {
  const params = [
    ['startTask', 'CERTIFICATION_NAME'],
    ['name', c.name],
    ['organizationName', c.organization],
    ['issueYear', String(Number(c.issued.slice(0, 4)))],
    ['issueMonth', String(Number(c.issued.slice(5, 7)))],
    ['certUrl', c.url],
    ['certId', c.certId],
  ];
  return `https://www.linkedin.com/profile/add?${params
    .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`)
    .join('&')}`;
}
