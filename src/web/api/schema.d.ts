// Generated from /api/openapi.json by `npm run api:generate` (scripts/generate-api.ts). Do not edit.
export interface paths {
  '/api/admin/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attempts: number;
              createdAt: string;
              error: string | null;
              /** Format: uuid */
              id: string;
              nextAttemptAt: string | null;
              sentAt: string | null;
              /** @enum {string} */
              status: 'queued' | 'sending' | 'retrying' | 'sent' | 'failed' | 'kept';
              subject: string;
              text: string;
              to: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/outbox/{id}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attempts: number;
              createdAt: string;
              error: string | null;
              /** Format: uuid */
              id: string;
              nextAttemptAt: string | null;
              sentAt: string | null;
              /** @enum {string} */
              status: 'queued' | 'sending' | 'retrying' | 'sent' | 'failed' | 'kept';
              subject: string;
              text: string;
              to: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreement-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agreementCount: number;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              terms: {
                areas: {
                  basisPoints: number;
                  code: string;
                  name: string;
                }[];
                bankgiro: string;
                /** Format: date */
                compensationStart: string;
                disputeClause: string | null;
                documents: string[];
                extensionYears: number;
                followUpClause: string | null;
                indexFromYear: number | null;
                /** Format: uuid */
                indexSeriesId: string | null;
                insightClause: string | null;
                noticeMonths: number;
                purpose: string | null;
                /** @default 60 */
                reminderDays: number;
                title: string;
                /** Format: date */
                validFrom: string;
                /** Format: date */
                validTo: string;
              };
              updatedAt: string;
              version: number;
              versions: {
                /** Format: uuid */
                id: string;
                issuedAt: string;
                note: string | null;
                number: number;
                terms: {
                  areas: {
                    basisPoints: number;
                    code: string;
                    name: string;
                  }[];
                  bankgiro: string;
                  /** Format: date */
                  compensationStart: string;
                  disputeClause: string | null;
                  documents: string[];
                  extensionYears: number;
                  followUpClause: string | null;
                  indexFromYear: number | null;
                  /** Format: uuid */
                  indexSeriesId: string | null;
                  insightClause: string | null;
                  noticeMonths: number;
                  purpose: string | null;
                  /** @default 60 */
                  reminderDays: number;
                  title: string;
                  /** Format: date */
                  validFrom: string;
                  /** Format: date */
                  validTo: string;
                };
                validFrom: string;
                validTo: string | null;
              }[];
            }[];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            organisationId?: string;
            terms: {
              areas: {
                basisPoints: number;
                code: string;
                name: string;
              }[];
              bankgiro: string;
              /** Format: date */
              compensationStart: string;
              disputeClause?: string | null;
              documents: string[];
              extensionYears: number;
              followUpClause?: string | null;
              indexFromYear?: number | null;
              /** Format: uuid */
              indexSeriesId?: string | null;
              insightClause?: string | null;
              noticeMonths: number;
              purpose?: string | null;
              /** @default 60 */
              reminderDays?: number;
              title: string;
              /** Format: date */
              validFrom: string;
              /** Format: date */
              validTo: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agreementCount: number;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              terms: {
                areas: {
                  basisPoints: number;
                  code: string;
                  name: string;
                }[];
                bankgiro: string;
                /** Format: date */
                compensationStart: string;
                disputeClause: string | null;
                documents: string[];
                extensionYears: number;
                followUpClause: string | null;
                indexFromYear: number | null;
                /** Format: uuid */
                indexSeriesId: string | null;
                insightClause: string | null;
                noticeMonths: number;
                purpose: string | null;
                /** @default 60 */
                reminderDays: number;
                title: string;
                /** Format: date */
                validFrom: string;
                /** Format: date */
                validTo: string;
              };
              updatedAt: string;
              version: number;
              versions: {
                /** Format: uuid */
                id: string;
                issuedAt: string;
                note: string | null;
                number: number;
                terms: {
                  areas: {
                    basisPoints: number;
                    code: string;
                    name: string;
                  }[];
                  bankgiro: string;
                  /** Format: date */
                  compensationStart: string;
                  disputeClause: string | null;
                  documents: string[];
                  extensionYears: number;
                  followUpClause: string | null;
                  indexFromYear: number | null;
                  /** Format: uuid */
                  indexSeriesId: string | null;
                  insightClause: string | null;
                  noticeMonths: number;
                  purpose: string | null;
                  /** @default 60 */
                  reminderDays: number;
                  title: string;
                  /** Format: date */
                  validFrom: string;
                  /** Format: date */
                  validTo: string;
                };
                validFrom: string;
                validTo: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreement-templates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agreementCount: number;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              terms: {
                areas: {
                  basisPoints: number;
                  code: string;
                  name: string;
                }[];
                bankgiro: string;
                /** Format: date */
                compensationStart: string;
                disputeClause: string | null;
                documents: string[];
                extensionYears: number;
                followUpClause: string | null;
                indexFromYear: number | null;
                /** Format: uuid */
                indexSeriesId: string | null;
                insightClause: string | null;
                noticeMonths: number;
                purpose: string | null;
                /** @default 60 */
                reminderDays: number;
                title: string;
                /** Format: date */
                validFrom: string;
                /** Format: date */
                validTo: string;
              };
              updatedAt: string;
              version: number;
              versions: {
                /** Format: uuid */
                id: string;
                issuedAt: string;
                note: string | null;
                number: number;
                terms: {
                  areas: {
                    basisPoints: number;
                    code: string;
                    name: string;
                  }[];
                  bankgiro: string;
                  /** Format: date */
                  compensationStart: string;
                  disputeClause: string | null;
                  documents: string[];
                  extensionYears: number;
                  followUpClause: string | null;
                  indexFromYear: number | null;
                  /** Format: uuid */
                  indexSeriesId: string | null;
                  insightClause: string | null;
                  noticeMonths: number;
                  purpose: string | null;
                  /** @default 60 */
                  reminderDays: number;
                  title: string;
                  /** Format: date */
                  validFrom: string;
                  /** Format: date */
                  validTo: string;
                };
                validFrom: string;
                validTo: string | null;
              }[];
            };
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            terms: {
              areas: {
                basisPoints: number;
                code: string;
                name: string;
              }[];
              bankgiro: string;
              /** Format: date */
              compensationStart: string;
              disputeClause?: string | null;
              documents: string[];
              extensionYears: number;
              followUpClause?: string | null;
              indexFromYear?: number | null;
              /** Format: uuid */
              indexSeriesId?: string | null;
              insightClause?: string | null;
              noticeMonths: number;
              purpose?: string | null;
              /** @default 60 */
              reminderDays?: number;
              title: string;
              /** Format: date */
              validFrom: string;
              /** Format: date */
              validTo: string;
            };
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agreementCount: number;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              terms: {
                areas: {
                  basisPoints: number;
                  code: string;
                  name: string;
                }[];
                bankgiro: string;
                /** Format: date */
                compensationStart: string;
                disputeClause: string | null;
                documents: string[];
                extensionYears: number;
                followUpClause: string | null;
                indexFromYear: number | null;
                /** Format: uuid */
                indexSeriesId: string | null;
                insightClause: string | null;
                noticeMonths: number;
                purpose: string | null;
                /** @default 60 */
                reminderDays: number;
                title: string;
                /** Format: date */
                validFrom: string;
                /** Format: date */
                validTo: string;
              };
              updatedAt: string;
              version: number;
              versions: {
                /** Format: uuid */
                id: string;
                issuedAt: string;
                note: string | null;
                number: number;
                terms: {
                  areas: {
                    basisPoints: number;
                    code: string;
                    name: string;
                  }[];
                  bankgiro: string;
                  /** Format: date */
                  compensationStart: string;
                  disputeClause: string | null;
                  documents: string[];
                  extensionYears: number;
                  followUpClause: string | null;
                  indexFromYear: number | null;
                  /** Format: uuid */
                  indexSeriesId: string | null;
                  insightClause: string | null;
                  noticeMonths: number;
                  purpose: string | null;
                  /** @default 60 */
                  reminderDays: number;
                  title: string;
                  /** Format: date */
                  validFrom: string;
                  /** Format: date */
                  validTo: string;
                };
                validFrom: string;
                validTo: string | null;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreement-templates/{id}/issue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            municipalities: {
              /** Format: uuid */
              organisationId: string;
              yearlyAmountOre?: number;
            }[];
            split?: {
              countyTotalOre: number;
              populationYear: number;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              amountSource: 'entered' | 'population';
              contactHistory: {
                address: string | null;
                createdAt: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                notifiedOn: string | null;
                /** @enum {string} */
                party: 'issuer' | 'party';
                phone: string | null;
                title: string | null;
                validFrom: string;
              }[];
              contacts: {
                address: string | null;
                createdAt: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                notifiedOn: string | null;
                /** @enum {string} */
                party: 'issuer' | 'party';
                phone: string | null;
                title: string | null;
                validFrom: string;
              }[];
              /** Format: uuid */
              countyId: string;
              currentPeriod: {
                end: string;
                noticeDeadline: string;
                number: number;
                start: string;
              } | null;
              disputes: {
                areas: string[];
                description: string | null;
                /** Format: uuid */
                id: string;
                openedOn: string;
                settledOn: string | null;
                settledPaidOre: number | null;
                /** @enum {string|null} */
                settlement: 'paid_later' | 'kept' | 'partly' | null;
                settlementNote: string | null;
                version: number;
                withheldPerMonthOre: number;
                withholdBasisPoints: number;
              }[];
              /** Format: uuid */
              id: string;
              issuer: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              nextNoticeDeadline: string | null;
              notices: {
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                party: 'issuer' | 'party';
                receivedOn: string;
                registeredBy: string;
              }[];
              /** Format: uuid */
              parentId: string | null;
              party: {
                /** Format: uuid */
                id: string;
                municipalityCode: string | null;
                name: string;
              };
              periods: {
                end: string;
                noticeDeadline: string;
                number: number;
                start: string;
              }[];
              signatures: {
                /** @enum {string} */
                party: 'issuer' | 'party';
                place: string;
                signatories: string[];
                signedOn: string;
              }[];
              status: {
                endedOn: string | null;
                endsOn: string | null;
                /** @enum {string|null} */
                reason: 'expired' | 'terminated' | null;
                /** @enum {string} */
                status: 'draft' | 'signed' | 'in_force' | 'ended';
              };
              subAgreements: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              /** Format: uuid */
              templateId: string;
              terms: {
                areas: {
                  basisPoints: number;
                  code: string;
                  name: string;
                }[];
                bankgiro: string;
                /** Format: date */
                compensationStart: string;
                disputeClause: string | null;
                documents: string[];
                extensionYears: number;
                followUpClause: string | null;
                indexFromYear: number | null;
                /** Format: uuid */
                indexSeriesId: string | null;
                insightClause: string | null;
                noticeMonths: number;
                purpose: string | null;
                /** @default 60 */
                reminderDays: number;
                title: string;
                /** Format: date */
                validFrom: string;
                /** Format: date */
                validTo: string;
              };
              thisYear: {
                amountOre: number | null;
                error: {
                  code: string;
                  details: unknown;
                } | null;
                year: number;
              };
              title: string;
              version: number;
              versionNumber: number;
              yearlyAmountOre: number;
            }[];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreement-templates/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string | null;
            terms: {
              areas: {
                basisPoints: number;
                code: string;
                name: string;
              }[];
              bankgiro: string;
              /** Format: date */
              compensationStart: string;
              disputeClause?: string | null;
              documents: string[];
              extensionYears: number;
              followUpClause?: string | null;
              indexFromYear?: number | null;
              /** Format: uuid */
              indexSeriesId?: string | null;
              insightClause?: string | null;
              noticeMonths: number;
              purpose?: string | null;
              /** @default 60 */
              reminderDays?: number;
              title: string;
              /** Format: date */
              validFrom: string;
              /** Format: date */
              validTo: string;
            };
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agreementCount: number;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              terms: {
                areas: {
                  basisPoints: number;
                  code: string;
                  name: string;
                }[];
                bankgiro: string;
                /** Format: date */
                compensationStart: string;
                disputeClause: string | null;
                documents: string[];
                extensionYears: number;
                followUpClause: string | null;
                indexFromYear: number | null;
                /** Format: uuid */
                indexSeriesId: string | null;
                insightClause: string | null;
                noticeMonths: number;
                purpose: string | null;
                /** @default 60 */
                reminderDays: number;
                title: string;
                /** Format: date */
                validFrom: string;
                /** Format: date */
                validTo: string;
              };
              updatedAt: string;
              version: number;
              versions: {
                /** Format: uuid */
                id: string;
                issuedAt: string;
                note: string | null;
                number: number;
                terms: {
                  areas: {
                    basisPoints: number;
                    code: string;
                    name: string;
                  }[];
                  bankgiro: string;
                  /** Format: date */
                  compensationStart: string;
                  disputeClause: string | null;
                  documents: string[];
                  extensionYears: number;
                  followUpClause: string | null;
                  indexFromYear: number | null;
                  /** Format: uuid */
                  indexSeriesId: string | null;
                  insightClause: string | null;
                  noticeMonths: number;
                  purpose: string | null;
                  /** @default 60 */
                  reminderDays: number;
                  title: string;
                  /** Format: date */
                  validFrom: string;
                  /** Format: date */
                  validTo: string;
                };
                validFrom: string;
                validTo: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentPeriod: {
                end: string;
                noticeDeadline: string;
                number: number;
                start: string;
              } | null;
              /** Format: uuid */
              id: string;
              nextNoticeDeadline: string | null;
              openDisputes: number;
              party: {
                /** Format: uuid */
                id: string;
                municipalityCode: string | null;
                name: string;
              };
              status: {
                endedOn: string | null;
                endsOn: string | null;
                /** @enum {string|null} */
                reason: 'expired' | 'terminated' | null;
                /** @enum {string} */
                status: 'draft' | 'signed' | 'in_force' | 'ended';
              };
              thisYear: {
                amountOre: number | null;
                error: {
                  code: string;
                  details: unknown;
                } | null;
                year: number;
              };
              title: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              amountSource: 'entered' | 'population';
              contactHistory: {
                address: string | null;
                createdAt: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                notifiedOn: string | null;
                /** @enum {string} */
                party: 'issuer' | 'party';
                phone: string | null;
                title: string | null;
                validFrom: string;
              }[];
              contacts: {
                address: string | null;
                createdAt: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                notifiedOn: string | null;
                /** @enum {string} */
                party: 'issuer' | 'party';
                phone: string | null;
                title: string | null;
                validFrom: string;
              }[];
              /** Format: uuid */
              countyId: string;
              currentPeriod: {
                end: string;
                noticeDeadline: string;
                number: number;
                start: string;
              } | null;
              disputes: {
                areas: string[];
                description: string | null;
                /** Format: uuid */
                id: string;
                openedOn: string;
                settledOn: string | null;
                settledPaidOre: number | null;
                /** @enum {string|null} */
                settlement: 'paid_later' | 'kept' | 'partly' | null;
                settlementNote: string | null;
                version: number;
                withheldPerMonthOre: number;
                withholdBasisPoints: number;
              }[];
              /** Format: uuid */
              id: string;
              issuer: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              nextNoticeDeadline: string | null;
              notices: {
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                party: 'issuer' | 'party';
                receivedOn: string;
                registeredBy: string;
              }[];
              /** Format: uuid */
              parentId: string | null;
              party: {
                /** Format: uuid */
                id: string;
                municipalityCode: string | null;
                name: string;
              };
              periods: {
                end: string;
                noticeDeadline: string;
                number: number;
                start: string;
              }[];
              signatures: {
                /** @enum {string} */
                party: 'issuer' | 'party';
                place: string;
                signatories: string[];
                signedOn: string;
              }[];
              status: {
                endedOn: string | null;
                endsOn: string | null;
                /** @enum {string|null} */
                reason: 'expired' | 'terminated' | null;
                /** @enum {string} */
                status: 'draft' | 'signed' | 'in_force' | 'ended';
              };
              subAgreements: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              /** Format: uuid */
              templateId: string;
              terms: {
                areas: {
                  basisPoints: number;
                  code: string;
                  name: string;
                }[];
                bankgiro: string;
                /** Format: date */
                compensationStart: string;
                disputeClause: string | null;
                documents: string[];
                extensionYears: number;
                followUpClause: string | null;
                indexFromYear: number | null;
                /** Format: uuid */
                indexSeriesId: string | null;
                insightClause: string | null;
                noticeMonths: number;
                purpose: string | null;
                /** @default 60 */
                reminderDays: number;
                title: string;
                /** Format: date */
                validFrom: string;
                /** Format: date */
                validTo: string;
              };
              thisYear: {
                amountOre: number | null;
                error: {
                  code: string;
                  details: unknown;
                } | null;
                year: number;
              };
              title: string;
              version: number;
              versionNumber: number;
              yearlyAmountOre: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title?: string | null;
            version: number;
            yearlyAmountOre?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              amountSource: 'entered' | 'population';
              contactHistory: {
                address: string | null;
                createdAt: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                notifiedOn: string | null;
                /** @enum {string} */
                party: 'issuer' | 'party';
                phone: string | null;
                title: string | null;
                validFrom: string;
              }[];
              contacts: {
                address: string | null;
                createdAt: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                notifiedOn: string | null;
                /** @enum {string} */
                party: 'issuer' | 'party';
                phone: string | null;
                title: string | null;
                validFrom: string;
              }[];
              /** Format: uuid */
              countyId: string;
              currentPeriod: {
                end: string;
                noticeDeadline: string;
                number: number;
                start: string;
              } | null;
              disputes: {
                areas: string[];
                description: string | null;
                /** Format: uuid */
                id: string;
                openedOn: string;
                settledOn: string | null;
                settledPaidOre: number | null;
                /** @enum {string|null} */
                settlement: 'paid_later' | 'kept' | 'partly' | null;
                settlementNote: string | null;
                version: number;
                withheldPerMonthOre: number;
                withholdBasisPoints: number;
              }[];
              /** Format: uuid */
              id: string;
              issuer: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              nextNoticeDeadline: string | null;
              notices: {
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                party: 'issuer' | 'party';
                receivedOn: string;
                registeredBy: string;
              }[];
              /** Format: uuid */
              parentId: string | null;
              party: {
                /** Format: uuid */
                id: string;
                municipalityCode: string | null;
                name: string;
              };
              periods: {
                end: string;
                noticeDeadline: string;
                number: number;
                start: string;
              }[];
              signatures: {
                /** @enum {string} */
                party: 'issuer' | 'party';
                place: string;
                signatories: string[];
                signedOn: string;
              }[];
              status: {
                endedOn: string | null;
                endsOn: string | null;
                /** @enum {string|null} */
                reason: 'expired' | 'terminated' | null;
                /** @enum {string} */
                status: 'draft' | 'signed' | 'in_force' | 'ended';
              };
              subAgreements: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              /** Format: uuid */
              templateId: string;
              terms: {
                areas: {
                  basisPoints: number;
                  code: string;
                  name: string;
                }[];
                bankgiro: string;
                /** Format: date */
                compensationStart: string;
                disputeClause: string | null;
                documents: string[];
                extensionYears: number;
                followUpClause: string | null;
                indexFromYear: number | null;
                /** Format: uuid */
                indexSeriesId: string | null;
                insightClause: string | null;
                noticeMonths: number;
                purpose: string | null;
                /** @default 60 */
                reminderDays: number;
                title: string;
                /** Format: date */
                validFrom: string;
                /** Format: date */
                validTo: string;
              };
              thisYear: {
                amountOre: number | null;
                error: {
                  code: string;
                  details: unknown;
                } | null;
                year: number;
              };
              title: string;
              version: number;
              versionNumber: number;
              yearlyAmountOre: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/agreements/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              action: string;
              actorName: string;
              after: {
                [key: string]: unknown;
              } | null;
              at: string;
              before: {
                [key: string]: unknown;
              } | null;
              entityId: string;
              entityType: string;
              id: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreements/{id}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address?: string | null;
            /** Format: email */
            email?: string | null;
            name: string;
            /** Format: date */
            notifiedOn?: string | null;
            /** @enum {string} */
            party: 'issuer' | 'party';
            phone?: string | null;
            title?: string | null;
            /** Format: date */
            validFrom: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              amountSource: 'entered' | 'population';
              contactHistory: {
                address: string | null;
                createdAt: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                notifiedOn: string | null;
                /** @enum {string} */
                party: 'issuer' | 'party';
                phone: string | null;
                title: string | null;
                validFrom: string;
              }[];
              contacts: {
                address: string | null;
                createdAt: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                notifiedOn: string | null;
                /** @enum {string} */
                party: 'issuer' | 'party';
                phone: string | null;
                title: string | null;
                validFrom: string;
              }[];
              /** Format: uuid */
              countyId: string;
              currentPeriod: {
                end: string;
                noticeDeadline: string;
                number: number;
                start: string;
              } | null;
              disputes: {
                areas: string[];
                description: string | null;
                /** Format: uuid */
                id: string;
                openedOn: string;
                settledOn: string | null;
                settledPaidOre: number | null;
                /** @enum {string|null} */
                settlement: 'paid_later' | 'kept' | 'partly' | null;
                settlementNote: string | null;
                version: number;
                withheldPerMonthOre: number;
                withholdBasisPoints: number;
              }[];
              /** Format: uuid */
              id: string;
              issuer: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              nextNoticeDeadline: string | null;
              notices: {
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                party: 'issuer' | 'party';
                receivedOn: string;
                registeredBy: string;
              }[];
              /** Format: uuid */
              parentId: string | null;
              party: {
                /** Format: uuid */
                id: string;
                municipalityCode: string | null;
                name: string;
              };
              periods: {
                end: string;
                noticeDeadline: string;
                number: number;
                start: string;
              }[];
              signatures: {
                /** @enum {string} */
                party: 'issuer' | 'party';
                place: string;
                signatories: string[];
                signedOn: string;
              }[];
              status: {
                endedOn: string | null;
                endsOn: string | null;
                /** @enum {string|null} */
                reason: 'expired' | 'terminated' | null;
                /** @enum {string} */
                status: 'draft' | 'signed' | 'in_force' | 'ended';
              };
              subAgreements: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              /** Format: uuid */
              templateId: string;
              terms: {
                areas: {
                  basisPoints: number;
                  code: string;
                  name: string;
                }[];
                bankgiro: string;
                /** Format: date */
                compensationStart: string;
                disputeClause: string | null;
                documents: string[];
                extensionYears: number;
                followUpClause: string | null;
                indexFromYear: number | null;
                /** Format: uuid */
                indexSeriesId: string | null;
                insightClause: string | null;
                noticeMonths: number;
                purpose: string | null;
                /** @default 60 */
                reminderDays: number;
                title: string;
                /** Format: date */
                validFrom: string;
                /** Format: date */
                validTo: string;
              };
              thisYear: {
                amountOre: number | null;
                error: {
                  code: string;
                  details: unknown;
                } | null;
                year: number;
              };
              title: string;
              version: number;
              versionNumber: number;
              yearlyAmountOre: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreements/{id}/disputes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            areas: string[];
            description?: string | null;
            /** Format: date */
            openedOn: string;
            withholdBasisPoints: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              amountSource: 'entered' | 'population';
              contactHistory: {
                address: string | null;
                createdAt: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                notifiedOn: string | null;
                /** @enum {string} */
                party: 'issuer' | 'party';
                phone: string | null;
                title: string | null;
                validFrom: string;
              }[];
              contacts: {
                address: string | null;
                createdAt: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                notifiedOn: string | null;
                /** @enum {string} */
                party: 'issuer' | 'party';
                phone: string | null;
                title: string | null;
                validFrom: string;
              }[];
              /** Format: uuid */
              countyId: string;
              currentPeriod: {
                end: string;
                noticeDeadline: string;
                number: number;
                start: string;
              } | null;
              disputes: {
                areas: string[];
                description: string | null;
                /** Format: uuid */
                id: string;
                openedOn: string;
                settledOn: string | null;
                settledPaidOre: number | null;
                /** @enum {string|null} */
                settlement: 'paid_later' | 'kept' | 'partly' | null;
                settlementNote: string | null;
                version: number;
                withheldPerMonthOre: number;
                withholdBasisPoints: number;
              }[];
              /** Format: uuid */
              id: string;
              issuer: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              nextNoticeDeadline: string | null;
              notices: {
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                party: 'issuer' | 'party';
                receivedOn: string;
                registeredBy: string;
              }[];
              /** Format: uuid */
              parentId: string | null;
              party: {
                /** Format: uuid */
                id: string;
                municipalityCode: string | null;
                name: string;
              };
              periods: {
                end: string;
                noticeDeadline: string;
                number: number;
                start: string;
              }[];
              signatures: {
                /** @enum {string} */
                party: 'issuer' | 'party';
                place: string;
                signatories: string[];
                signedOn: string;
              }[];
              status: {
                endedOn: string | null;
                endsOn: string | null;
                /** @enum {string|null} */
                reason: 'expired' | 'terminated' | null;
                /** @enum {string} */
                status: 'draft' | 'signed' | 'in_force' | 'ended';
              };
              subAgreements: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              /** Format: uuid */
              templateId: string;
              terms: {
                areas: {
                  basisPoints: number;
                  code: string;
                  name: string;
                }[];
                bankgiro: string;
                /** Format: date */
                compensationStart: string;
                disputeClause: string | null;
                documents: string[];
                extensionYears: number;
                followUpClause: string | null;
                indexFromYear: number | null;
                /** Format: uuid */
                indexSeriesId: string | null;
                insightClause: string | null;
                noticeMonths: number;
                purpose: string | null;
                /** @default 60 */
                reminderDays: number;
                title: string;
                /** Format: date */
                validFrom: string;
                /** Format: date */
                validTo: string;
              };
              thisYear: {
                amountOre: number | null;
                error: {
                  code: string;
                  details: unknown;
                } | null;
                year: number;
              };
              title: string;
              version: number;
              versionNumber: number;
              yearlyAmountOre: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreements/{id}/disputes/{disputeId}/settle': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          disputeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string | null;
            /** Format: date */
            settledOn: string;
            settledPaidOre?: number | null;
            /** @enum {string} */
            settlement: 'paid_later' | 'kept' | 'partly';
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              amountSource: 'entered' | 'population';
              contactHistory: {
                address: string | null;
                createdAt: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                notifiedOn: string | null;
                /** @enum {string} */
                party: 'issuer' | 'party';
                phone: string | null;
                title: string | null;
                validFrom: string;
              }[];
              contacts: {
                address: string | null;
                createdAt: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                notifiedOn: string | null;
                /** @enum {string} */
                party: 'issuer' | 'party';
                phone: string | null;
                title: string | null;
                validFrom: string;
              }[];
              /** Format: uuid */
              countyId: string;
              currentPeriod: {
                end: string;
                noticeDeadline: string;
                number: number;
                start: string;
              } | null;
              disputes: {
                areas: string[];
                description: string | null;
                /** Format: uuid */
                id: string;
                openedOn: string;
                settledOn: string | null;
                settledPaidOre: number | null;
                /** @enum {string|null} */
                settlement: 'paid_later' | 'kept' | 'partly' | null;
                settlementNote: string | null;
                version: number;
                withheldPerMonthOre: number;
                withholdBasisPoints: number;
              }[];
              /** Format: uuid */
              id: string;
              issuer: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              nextNoticeDeadline: string | null;
              notices: {
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                party: 'issuer' | 'party';
                receivedOn: string;
                registeredBy: string;
              }[];
              /** Format: uuid */
              parentId: string | null;
              party: {
                /** Format: uuid */
                id: string;
                municipalityCode: string | null;
                name: string;
              };
              periods: {
                end: string;
                noticeDeadline: string;
                number: number;
                start: string;
              }[];
              signatures: {
                /** @enum {string} */
                party: 'issuer' | 'party';
                place: string;
                signatories: string[];
                signedOn: string;
              }[];
              status: {
                endedOn: string | null;
                endsOn: string | null;
                /** @enum {string|null} */
                reason: 'expired' | 'terminated' | null;
                /** @enum {string} */
                status: 'draft' | 'signed' | 'in_force' | 'ended';
              };
              subAgreements: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              /** Format: uuid */
              templateId: string;
              terms: {
                areas: {
                  basisPoints: number;
                  code: string;
                  name: string;
                }[];
                bankgiro: string;
                /** Format: date */
                compensationStart: string;
                disputeClause: string | null;
                documents: string[];
                extensionYears: number;
                followUpClause: string | null;
                indexFromYear: number | null;
                /** Format: uuid */
                indexSeriesId: string | null;
                insightClause: string | null;
                noticeMonths: number;
                purpose: string | null;
                /** @default 60 */
                reminderDays: number;
                title: string;
                /** Format: date */
                validFrom: string;
                /** Format: date */
                validTo: string;
              };
              thisYear: {
                amountOre: number | null;
                error: {
                  code: string;
                  details: unknown;
                } | null;
                year: number;
              };
              title: string;
              version: number;
              versionNumber: number;
              yearlyAmountOre: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreements/{id}/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            party: 'issuer' | 'party';
            /** Format: date */
            receivedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              amountSource: 'entered' | 'population';
              contactHistory: {
                address: string | null;
                createdAt: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                notifiedOn: string | null;
                /** @enum {string} */
                party: 'issuer' | 'party';
                phone: string | null;
                title: string | null;
                validFrom: string;
              }[];
              contacts: {
                address: string | null;
                createdAt: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                notifiedOn: string | null;
                /** @enum {string} */
                party: 'issuer' | 'party';
                phone: string | null;
                title: string | null;
                validFrom: string;
              }[];
              /** Format: uuid */
              countyId: string;
              currentPeriod: {
                end: string;
                noticeDeadline: string;
                number: number;
                start: string;
              } | null;
              disputes: {
                areas: string[];
                description: string | null;
                /** Format: uuid */
                id: string;
                openedOn: string;
                settledOn: string | null;
                settledPaidOre: number | null;
                /** @enum {string|null} */
                settlement: 'paid_later' | 'kept' | 'partly' | null;
                settlementNote: string | null;
                version: number;
                withheldPerMonthOre: number;
                withholdBasisPoints: number;
              }[];
              /** Format: uuid */
              id: string;
              issuer: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              nextNoticeDeadline: string | null;
              notices: {
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                party: 'issuer' | 'party';
                receivedOn: string;
                registeredBy: string;
              }[];
              /** Format: uuid */
              parentId: string | null;
              party: {
                /** Format: uuid */
                id: string;
                municipalityCode: string | null;
                name: string;
              };
              periods: {
                end: string;
                noticeDeadline: string;
                number: number;
                start: string;
              }[];
              signatures: {
                /** @enum {string} */
                party: 'issuer' | 'party';
                place: string;
                signatories: string[];
                signedOn: string;
              }[];
              status: {
                endedOn: string | null;
                endsOn: string | null;
                /** @enum {string|null} */
                reason: 'expired' | 'terminated' | null;
                /** @enum {string} */
                status: 'draft' | 'signed' | 'in_force' | 'ended';
              };
              subAgreements: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              /** Format: uuid */
              templateId: string;
              terms: {
                areas: {
                  basisPoints: number;
                  code: string;
                  name: string;
                }[];
                bankgiro: string;
                /** Format: date */
                compensationStart: string;
                disputeClause: string | null;
                documents: string[];
                extensionYears: number;
                followUpClause: string | null;
                indexFromYear: number | null;
                /** Format: uuid */
                indexSeriesId: string | null;
                insightClause: string | null;
                noticeMonths: number;
                purpose: string | null;
                /** @default 60 */
                reminderDays: number;
                title: string;
                /** Format: date */
                validFrom: string;
                /** Format: date */
                validTo: string;
              };
              thisYear: {
                amountOre: number | null;
                error: {
                  code: string;
                  details: unknown;
                } | null;
                year: number;
              };
              title: string;
              version: number;
              versionNumber: number;
              yearlyAmountOre: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreements/{id}/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          from?: number;
          lang?: 'sv' | 'en';
          to?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              agreementId: string;
              bankgiro: string;
              rows: {
                amountOre: number;
                dueDate: string;
                indexApplied: {
                  basisPoints: number;
                  preliminary: boolean;
                  source: string;
                  year: number;
                } | null;
                month: number;
                payableOre: number;
                withheldOre: number;
                year: number;
              }[];
              rule: string;
              total: {
                amountOre: number;
                months: number;
                payableOre: number;
                withheldOre: number;
              };
              years: {
                amountOre: number;
                index: {
                  basisPoints: number;
                  preliminary: boolean;
                  source: string;
                  year: number;
                } | null;
                months: number;
                payableOre: number;
                withheldOre: number;
                year: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreements/{id}/plan.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          from?: number;
          lang?: 'sv' | 'en';
          to?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreements/{id}/plan.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          from?: number;
          lang?: 'sv' | 'en';
          to?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreements/{id}/signatures/{party}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          party: 'issuer' | 'party';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            place: string;
            signatories: string[];
            /** Format: date */
            signedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              amountSource: 'entered' | 'population';
              contactHistory: {
                address: string | null;
                createdAt: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                notifiedOn: string | null;
                /** @enum {string} */
                party: 'issuer' | 'party';
                phone: string | null;
                title: string | null;
                validFrom: string;
              }[];
              contacts: {
                address: string | null;
                createdAt: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                notifiedOn: string | null;
                /** @enum {string} */
                party: 'issuer' | 'party';
                phone: string | null;
                title: string | null;
                validFrom: string;
              }[];
              /** Format: uuid */
              countyId: string;
              currentPeriod: {
                end: string;
                noticeDeadline: string;
                number: number;
                start: string;
              } | null;
              disputes: {
                areas: string[];
                description: string | null;
                /** Format: uuid */
                id: string;
                openedOn: string;
                settledOn: string | null;
                settledPaidOre: number | null;
                /** @enum {string|null} */
                settlement: 'paid_later' | 'kept' | 'partly' | null;
                settlementNote: string | null;
                version: number;
                withheldPerMonthOre: number;
                withholdBasisPoints: number;
              }[];
              /** Format: uuid */
              id: string;
              issuer: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              nextNoticeDeadline: string | null;
              notices: {
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                party: 'issuer' | 'party';
                receivedOn: string;
                registeredBy: string;
              }[];
              /** Format: uuid */
              parentId: string | null;
              party: {
                /** Format: uuid */
                id: string;
                municipalityCode: string | null;
                name: string;
              };
              periods: {
                end: string;
                noticeDeadline: string;
                number: number;
                start: string;
              }[];
              signatures: {
                /** @enum {string} */
                party: 'issuer' | 'party';
                place: string;
                signatories: string[];
                signedOn: string;
              }[];
              status: {
                endedOn: string | null;
                endsOn: string | null;
                /** @enum {string|null} */
                reason: 'expired' | 'terminated' | null;
                /** @enum {string} */
                status: 'draft' | 'signed' | 'in_force' | 'ended';
              };
              subAgreements: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              /** Format: uuid */
              templateId: string;
              terms: {
                areas: {
                  basisPoints: number;
                  code: string;
                  name: string;
                }[];
                bankgiro: string;
                /** Format: date */
                compensationStart: string;
                disputeClause: string | null;
                documents: string[];
                extensionYears: number;
                followUpClause: string | null;
                indexFromYear: number | null;
                /** Format: uuid */
                indexSeriesId: string | null;
                insightClause: string | null;
                noticeMonths: number;
                purpose: string | null;
                /** @default 60 */
                reminderDays: number;
                title: string;
                /** Format: date */
                validFrom: string;
                /** Format: date */
                validTo: string;
              };
              thisYear: {
                amountOre: number | null;
                error: {
                  code: string;
                  details: unknown;
                } | null;
                year: number;
              };
              title: string;
              version: number;
              versionNumber: number;
              yearlyAmountOre: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreements/{id}/sub-agreements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            yearlyAmountOre: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              amountSource: 'entered' | 'population';
              contactHistory: {
                address: string | null;
                createdAt: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                notifiedOn: string | null;
                /** @enum {string} */
                party: 'issuer' | 'party';
                phone: string | null;
                title: string | null;
                validFrom: string;
              }[];
              contacts: {
                address: string | null;
                createdAt: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                notifiedOn: string | null;
                /** @enum {string} */
                party: 'issuer' | 'party';
                phone: string | null;
                title: string | null;
                validFrom: string;
              }[];
              /** Format: uuid */
              countyId: string;
              currentPeriod: {
                end: string;
                noticeDeadline: string;
                number: number;
                start: string;
              } | null;
              disputes: {
                areas: string[];
                description: string | null;
                /** Format: uuid */
                id: string;
                openedOn: string;
                settledOn: string | null;
                settledPaidOre: number | null;
                /** @enum {string|null} */
                settlement: 'paid_later' | 'kept' | 'partly' | null;
                settlementNote: string | null;
                version: number;
                withheldPerMonthOre: number;
                withholdBasisPoints: number;
              }[];
              /** Format: uuid */
              id: string;
              issuer: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              nextNoticeDeadline: string | null;
              notices: {
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                party: 'issuer' | 'party';
                receivedOn: string;
                registeredBy: string;
              }[];
              /** Format: uuid */
              parentId: string | null;
              party: {
                /** Format: uuid */
                id: string;
                municipalityCode: string | null;
                name: string;
              };
              periods: {
                end: string;
                noticeDeadline: string;
                number: number;
                start: string;
              }[];
              signatures: {
                /** @enum {string} */
                party: 'issuer' | 'party';
                place: string;
                signatories: string[];
                signedOn: string;
              }[];
              status: {
                endedOn: string | null;
                endsOn: string | null;
                /** @enum {string|null} */
                reason: 'expired' | 'terminated' | null;
                /** @enum {string} */
                status: 'draft' | 'signed' | 'in_force' | 'ended';
              };
              subAgreements: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              /** Format: uuid */
              templateId: string;
              terms: {
                areas: {
                  basisPoints: number;
                  code: string;
                  name: string;
                }[];
                bankgiro: string;
                /** Format: date */
                compensationStart: string;
                disputeClause: string | null;
                documents: string[];
                extensionYears: number;
                followUpClause: string | null;
                indexFromYear: number | null;
                /** Format: uuid */
                indexSeriesId: string | null;
                insightClause: string | null;
                noticeMonths: number;
                purpose: string | null;
                /** @default 60 */
                reminderDays: number;
                title: string;
                /** Format: date */
                validFrom: string;
                /** Format: date */
                validTo: string;
              };
              thisYear: {
                amountOre: number | null;
                error: {
                  code: string;
                  details: unknown;
                } | null;
                year: number;
              };
              title: string;
              version: number;
              versionNumber: number;
              yearlyAmountOre: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreements/reminders/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              sent: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                /** Format: uuid */
                answersId: string;
                answersLabel: {
                  en: string;
                  sv: string;
                };
                /** @enum {string} */
                answersType: 'impact' | 'conflict' | 'actor';
                deadline: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                overdue: boolean;
                /** Format: uuid */
                responsibleOrganisationId: string | null;
                responsibleOrganisationName: string | null;
                /** Format: uuid */
                responsiblePersonId: string | null;
                responsiblePersonName: string | null;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'dropped';
                title: string;
                version: number;
              }[];
              actors: {
                /** Format: uuid */
                id: string;
                interest: number;
                name: string;
                note: string | null;
                /** Format: uuid */
                organisationId: string | null;
                power: number;
                /** @enum {string} */
                presence: 'present' | 'missing';
                /** @enum {string} */
                quadrant: 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';
                /** @enum {string} */
                relation: 'affects' | 'affected' | 'both';
                /** @enum {string} */
                stance: 'supportive' | 'neutral' | 'resistant';
                version: number;
              }[];
              /** Format: uuid */
              basedOnId: string | null;
              comments: {
                authorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                targetId: string;
                targetType: string;
                text: string;
              }[];
              conflicts: {
                a: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                /** Format: uuid */
                assessmentId: string;
                b: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                description: string | null;
                foundInStep: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'goal' | 'interest';
                position: {
                  /** Format: uuid */
                  bodyId: string | null;
                  bodyName: string | null;
                  caseNumber: string | null;
                  date: string;
                  text: string;
                } | null;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high';
                /** @enum {string} */
                status: 'open' | 'position_taken' | 'resolved';
                version: number;
              }[];
              counts: {
                missingActors: number;
                openConflicts: number;
                overdueActions: number;
              };
              finishedAt: string | null;
              finishedBy: string | null;
              frameworks: {
                /** Format: uuid */
                frameworkId: string;
                key: string;
                kind: string;
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
              }[];
              gates: {
                decidedAt: string;
                decidedBy: string;
                /** @enum {string} */
                decision: 'continue' | 'rethink' | 'stop';
                /** Format: uuid */
                id: string;
                reason: string;
                step: number;
                version: number;
              }[];
              goals: {
                direct: number;
                goal: string;
                indirect: number;
                negative: number;
                net: number;
                positive: number;
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              impacts: {
                code: string;
                color: string | null;
                /** @enum {string|null} */
                directness: 'direct' | 'indirect' | 'both' | null;
                /** @enum {string} */
                effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
                frameworkKey: string;
                frameworkKind: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                itemId: string;
                level: string;
                motivation: string | null;
                name: {
                  en: string;
                  sv: string;
                };
                parentCode: string | null;
                relevanceRank: number | null;
                step: number;
                version: number;
                /** Format: uuid */
                versionId: string;
              }[];
              initiative: {
                archived: boolean;
                assessments: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                }[];
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                programmeId: string;
                programmeName: string;
                shared: boolean;
                stakeholderGroups: string[];
                startDate: string;
                updatedAt: string;
                version: number;
              };
              number: number;
              positionsNeeded: {
                [key: string]: {
                  needed: boolean;
                  note: string | null;
                };
              };
              /** @enum {string} */
              status: 'in_progress' | 'finished';
              version: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            frameworkIds?: string[];
            positionsNeeded?: {
              [key: string]: {
                needed: boolean;
                note: string | null;
              };
            };
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                /** Format: uuid */
                answersId: string;
                answersLabel: {
                  en: string;
                  sv: string;
                };
                /** @enum {string} */
                answersType: 'impact' | 'conflict' | 'actor';
                deadline: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                overdue: boolean;
                /** Format: uuid */
                responsibleOrganisationId: string | null;
                responsibleOrganisationName: string | null;
                /** Format: uuid */
                responsiblePersonId: string | null;
                responsiblePersonName: string | null;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'dropped';
                title: string;
                version: number;
              }[];
              actors: {
                /** Format: uuid */
                id: string;
                interest: number;
                name: string;
                note: string | null;
                /** Format: uuid */
                organisationId: string | null;
                power: number;
                /** @enum {string} */
                presence: 'present' | 'missing';
                /** @enum {string} */
                quadrant: 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';
                /** @enum {string} */
                relation: 'affects' | 'affected' | 'both';
                /** @enum {string} */
                stance: 'supportive' | 'neutral' | 'resistant';
                version: number;
              }[];
              /** Format: uuid */
              basedOnId: string | null;
              comments: {
                authorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                targetId: string;
                targetType: string;
                text: string;
              }[];
              conflicts: {
                a: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                /** Format: uuid */
                assessmentId: string;
                b: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                description: string | null;
                foundInStep: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'goal' | 'interest';
                position: {
                  /** Format: uuid */
                  bodyId: string | null;
                  bodyName: string | null;
                  caseNumber: string | null;
                  date: string;
                  text: string;
                } | null;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high';
                /** @enum {string} */
                status: 'open' | 'position_taken' | 'resolved';
                version: number;
              }[];
              counts: {
                missingActors: number;
                openConflicts: number;
                overdueActions: number;
              };
              finishedAt: string | null;
              finishedBy: string | null;
              frameworks: {
                /** Format: uuid */
                frameworkId: string;
                key: string;
                kind: string;
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
              }[];
              gates: {
                decidedAt: string;
                decidedBy: string;
                /** @enum {string} */
                decision: 'continue' | 'rethink' | 'stop';
                /** Format: uuid */
                id: string;
                reason: string;
                step: number;
                version: number;
              }[];
              goals: {
                direct: number;
                goal: string;
                indirect: number;
                negative: number;
                net: number;
                positive: number;
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              impacts: {
                code: string;
                color: string | null;
                /** @enum {string|null} */
                directness: 'direct' | 'indirect' | 'both' | null;
                /** @enum {string} */
                effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
                frameworkKey: string;
                frameworkKind: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                itemId: string;
                level: string;
                motivation: string | null;
                name: {
                  en: string;
                  sv: string;
                };
                parentCode: string | null;
                relevanceRank: number | null;
                step: number;
                version: number;
                /** Format: uuid */
                versionId: string;
              }[];
              initiative: {
                archived: boolean;
                assessments: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                }[];
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                programmeId: string;
                programmeName: string;
                shared: boolean;
                stakeholderGroups: string[];
                startDate: string;
                updatedAt: string;
                version: number;
              };
              number: number;
              positionsNeeded: {
                [key: string]: {
                  needed: boolean;
                  note: string | null;
                };
              };
              /** @enum {string} */
              status: 'in_progress' | 'finished';
              version: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/assessments/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            answersId: string;
            /** @enum {string} */
            answersType: 'impact' | 'conflict' | 'actor';
            /** Format: date */
            deadline: string;
            description?: string | null;
            /** Format: uuid */
            responsibleOrganisationId?: string | null;
            /** Format: uuid */
            responsiblePersonId?: string | null;
            /**
             * @default planned
             * @enum {string}
             */
            status?: 'planned' | 'ongoing' | 'done' | 'dropped';
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                /** Format: uuid */
                answersId: string;
                answersLabel: {
                  en: string;
                  sv: string;
                };
                /** @enum {string} */
                answersType: 'impact' | 'conflict' | 'actor';
                deadline: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                overdue: boolean;
                /** Format: uuid */
                responsibleOrganisationId: string | null;
                responsibleOrganisationName: string | null;
                /** Format: uuid */
                responsiblePersonId: string | null;
                responsiblePersonName: string | null;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'dropped';
                title: string;
                version: number;
              }[];
              actors: {
                /** Format: uuid */
                id: string;
                interest: number;
                name: string;
                note: string | null;
                /** Format: uuid */
                organisationId: string | null;
                power: number;
                /** @enum {string} */
                presence: 'present' | 'missing';
                /** @enum {string} */
                quadrant: 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';
                /** @enum {string} */
                relation: 'affects' | 'affected' | 'both';
                /** @enum {string} */
                stance: 'supportive' | 'neutral' | 'resistant';
                version: number;
              }[];
              /** Format: uuid */
              basedOnId: string | null;
              comments: {
                authorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                targetId: string;
                targetType: string;
                text: string;
              }[];
              conflicts: {
                a: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                /** Format: uuid */
                assessmentId: string;
                b: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                description: string | null;
                foundInStep: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'goal' | 'interest';
                position: {
                  /** Format: uuid */
                  bodyId: string | null;
                  bodyName: string | null;
                  caseNumber: string | null;
                  date: string;
                  text: string;
                } | null;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high';
                /** @enum {string} */
                status: 'open' | 'position_taken' | 'resolved';
                version: number;
              }[];
              counts: {
                missingActors: number;
                openConflicts: number;
                overdueActions: number;
              };
              finishedAt: string | null;
              finishedBy: string | null;
              frameworks: {
                /** Format: uuid */
                frameworkId: string;
                key: string;
                kind: string;
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
              }[];
              gates: {
                decidedAt: string;
                decidedBy: string;
                /** @enum {string} */
                decision: 'continue' | 'rethink' | 'stop';
                /** Format: uuid */
                id: string;
                reason: string;
                step: number;
                version: number;
              }[];
              goals: {
                direct: number;
                goal: string;
                indirect: number;
                negative: number;
                net: number;
                positive: number;
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              impacts: {
                code: string;
                color: string | null;
                /** @enum {string|null} */
                directness: 'direct' | 'indirect' | 'both' | null;
                /** @enum {string} */
                effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
                frameworkKey: string;
                frameworkKind: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                itemId: string;
                level: string;
                motivation: string | null;
                name: {
                  en: string;
                  sv: string;
                };
                parentCode: string | null;
                relevanceRank: number | null;
                step: number;
                version: number;
                /** Format: uuid */
                versionId: string;
              }[];
              initiative: {
                archived: boolean;
                assessments: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                }[];
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                programmeId: string;
                programmeName: string;
                shared: boolean;
                stakeholderGroups: string[];
                startDate: string;
                updatedAt: string;
                version: number;
              };
              number: number;
              positionsNeeded: {
                [key: string]: {
                  needed: boolean;
                  note: string | null;
                };
              };
              /** @enum {string} */
              status: 'in_progress' | 'finished';
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessments/{id}/actions/{partId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          partId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                /** Format: uuid */
                answersId: string;
                answersLabel: {
                  en: string;
                  sv: string;
                };
                /** @enum {string} */
                answersType: 'impact' | 'conflict' | 'actor';
                deadline: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                overdue: boolean;
                /** Format: uuid */
                responsibleOrganisationId: string | null;
                responsibleOrganisationName: string | null;
                /** Format: uuid */
                responsiblePersonId: string | null;
                responsiblePersonName: string | null;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'dropped';
                title: string;
                version: number;
              }[];
              actors: {
                /** Format: uuid */
                id: string;
                interest: number;
                name: string;
                note: string | null;
                /** Format: uuid */
                organisationId: string | null;
                power: number;
                /** @enum {string} */
                presence: 'present' | 'missing';
                /** @enum {string} */
                quadrant: 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';
                /** @enum {string} */
                relation: 'affects' | 'affected' | 'both';
                /** @enum {string} */
                stance: 'supportive' | 'neutral' | 'resistant';
                version: number;
              }[];
              /** Format: uuid */
              basedOnId: string | null;
              comments: {
                authorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                targetId: string;
                targetType: string;
                text: string;
              }[];
              conflicts: {
                a: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                /** Format: uuid */
                assessmentId: string;
                b: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                description: string | null;
                foundInStep: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'goal' | 'interest';
                position: {
                  /** Format: uuid */
                  bodyId: string | null;
                  bodyName: string | null;
                  caseNumber: string | null;
                  date: string;
                  text: string;
                } | null;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high';
                /** @enum {string} */
                status: 'open' | 'position_taken' | 'resolved';
                version: number;
              }[];
              counts: {
                missingActors: number;
                openConflicts: number;
                overdueActions: number;
              };
              finishedAt: string | null;
              finishedBy: string | null;
              frameworks: {
                /** Format: uuid */
                frameworkId: string;
                key: string;
                kind: string;
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
              }[];
              gates: {
                decidedAt: string;
                decidedBy: string;
                /** @enum {string} */
                decision: 'continue' | 'rethink' | 'stop';
                /** Format: uuid */
                id: string;
                reason: string;
                step: number;
                version: number;
              }[];
              goals: {
                direct: number;
                goal: string;
                indirect: number;
                negative: number;
                net: number;
                positive: number;
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              impacts: {
                code: string;
                color: string | null;
                /** @enum {string|null} */
                directness: 'direct' | 'indirect' | 'both' | null;
                /** @enum {string} */
                effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
                frameworkKey: string;
                frameworkKind: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                itemId: string;
                level: string;
                motivation: string | null;
                name: {
                  en: string;
                  sv: string;
                };
                parentCode: string | null;
                relevanceRank: number | null;
                step: number;
                version: number;
                /** Format: uuid */
                versionId: string;
              }[];
              initiative: {
                archived: boolean;
                assessments: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                }[];
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                programmeId: string;
                programmeName: string;
                shared: boolean;
                stakeholderGroups: string[];
                startDate: string;
                updatedAt: string;
                version: number;
              };
              number: number;
              positionsNeeded: {
                [key: string]: {
                  needed: boolean;
                  note: string | null;
                };
              };
              /** @enum {string} */
              status: 'in_progress' | 'finished';
              version: number;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          partId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            answersId?: string;
            /** @enum {string} */
            answersType?: 'impact' | 'conflict' | 'actor';
            /** Format: date */
            deadline?: string;
            description?: string | null;
            /** Format: uuid */
            responsibleOrganisationId?: string | null;
            /** Format: uuid */
            responsiblePersonId?: string | null;
            /** @enum {string} */
            status?: 'planned' | 'ongoing' | 'done' | 'dropped';
            title?: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                /** Format: uuid */
                answersId: string;
                answersLabel: {
                  en: string;
                  sv: string;
                };
                /** @enum {string} */
                answersType: 'impact' | 'conflict' | 'actor';
                deadline: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                overdue: boolean;
                /** Format: uuid */
                responsibleOrganisationId: string | null;
                responsibleOrganisationName: string | null;
                /** Format: uuid */
                responsiblePersonId: string | null;
                responsiblePersonName: string | null;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'dropped';
                title: string;
                version: number;
              }[];
              actors: {
                /** Format: uuid */
                id: string;
                interest: number;
                name: string;
                note: string | null;
                /** Format: uuid */
                organisationId: string | null;
                power: number;
                /** @enum {string} */
                presence: 'present' | 'missing';
                /** @enum {string} */
                quadrant: 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';
                /** @enum {string} */
                relation: 'affects' | 'affected' | 'both';
                /** @enum {string} */
                stance: 'supportive' | 'neutral' | 'resistant';
                version: number;
              }[];
              /** Format: uuid */
              basedOnId: string | null;
              comments: {
                authorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                targetId: string;
                targetType: string;
                text: string;
              }[];
              conflicts: {
                a: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                /** Format: uuid */
                assessmentId: string;
                b: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                description: string | null;
                foundInStep: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'goal' | 'interest';
                position: {
                  /** Format: uuid */
                  bodyId: string | null;
                  bodyName: string | null;
                  caseNumber: string | null;
                  date: string;
                  text: string;
                } | null;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high';
                /** @enum {string} */
                status: 'open' | 'position_taken' | 'resolved';
                version: number;
              }[];
              counts: {
                missingActors: number;
                openConflicts: number;
                overdueActions: number;
              };
              finishedAt: string | null;
              finishedBy: string | null;
              frameworks: {
                /** Format: uuid */
                frameworkId: string;
                key: string;
                kind: string;
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
              }[];
              gates: {
                decidedAt: string;
                decidedBy: string;
                /** @enum {string} */
                decision: 'continue' | 'rethink' | 'stop';
                /** Format: uuid */
                id: string;
                reason: string;
                step: number;
                version: number;
              }[];
              goals: {
                direct: number;
                goal: string;
                indirect: number;
                negative: number;
                net: number;
                positive: number;
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              impacts: {
                code: string;
                color: string | null;
                /** @enum {string|null} */
                directness: 'direct' | 'indirect' | 'both' | null;
                /** @enum {string} */
                effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
                frameworkKey: string;
                frameworkKind: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                itemId: string;
                level: string;
                motivation: string | null;
                name: {
                  en: string;
                  sv: string;
                };
                parentCode: string | null;
                relevanceRank: number | null;
                step: number;
                version: number;
                /** Format: uuid */
                versionId: string;
              }[];
              initiative: {
                archived: boolean;
                assessments: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                }[];
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                programmeId: string;
                programmeName: string;
                shared: boolean;
                stakeholderGroups: string[];
                startDate: string;
                updatedAt: string;
                version: number;
              };
              number: number;
              positionsNeeded: {
                [key: string]: {
                  needed: boolean;
                  note: string | null;
                };
              };
              /** @enum {string} */
              status: 'in_progress' | 'finished';
              version: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/assessments/{id}/actors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            interest: number;
            name?: string | null;
            note?: string | null;
            /** Format: uuid */
            organisationId?: string | null;
            power: number;
            /** @enum {string} */
            presence: 'present' | 'missing';
            /** @enum {string} */
            relation: 'affects' | 'affected' | 'both';
            /** @enum {string} */
            stance: 'supportive' | 'neutral' | 'resistant';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                /** Format: uuid */
                answersId: string;
                answersLabel: {
                  en: string;
                  sv: string;
                };
                /** @enum {string} */
                answersType: 'impact' | 'conflict' | 'actor';
                deadline: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                overdue: boolean;
                /** Format: uuid */
                responsibleOrganisationId: string | null;
                responsibleOrganisationName: string | null;
                /** Format: uuid */
                responsiblePersonId: string | null;
                responsiblePersonName: string | null;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'dropped';
                title: string;
                version: number;
              }[];
              actors: {
                /** Format: uuid */
                id: string;
                interest: number;
                name: string;
                note: string | null;
                /** Format: uuid */
                organisationId: string | null;
                power: number;
                /** @enum {string} */
                presence: 'present' | 'missing';
                /** @enum {string} */
                quadrant: 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';
                /** @enum {string} */
                relation: 'affects' | 'affected' | 'both';
                /** @enum {string} */
                stance: 'supportive' | 'neutral' | 'resistant';
                version: number;
              }[];
              /** Format: uuid */
              basedOnId: string | null;
              comments: {
                authorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                targetId: string;
                targetType: string;
                text: string;
              }[];
              conflicts: {
                a: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                /** Format: uuid */
                assessmentId: string;
                b: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                description: string | null;
                foundInStep: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'goal' | 'interest';
                position: {
                  /** Format: uuid */
                  bodyId: string | null;
                  bodyName: string | null;
                  caseNumber: string | null;
                  date: string;
                  text: string;
                } | null;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high';
                /** @enum {string} */
                status: 'open' | 'position_taken' | 'resolved';
                version: number;
              }[];
              counts: {
                missingActors: number;
                openConflicts: number;
                overdueActions: number;
              };
              finishedAt: string | null;
              finishedBy: string | null;
              frameworks: {
                /** Format: uuid */
                frameworkId: string;
                key: string;
                kind: string;
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
              }[];
              gates: {
                decidedAt: string;
                decidedBy: string;
                /** @enum {string} */
                decision: 'continue' | 'rethink' | 'stop';
                /** Format: uuid */
                id: string;
                reason: string;
                step: number;
                version: number;
              }[];
              goals: {
                direct: number;
                goal: string;
                indirect: number;
                negative: number;
                net: number;
                positive: number;
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              impacts: {
                code: string;
                color: string | null;
                /** @enum {string|null} */
                directness: 'direct' | 'indirect' | 'both' | null;
                /** @enum {string} */
                effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
                frameworkKey: string;
                frameworkKind: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                itemId: string;
                level: string;
                motivation: string | null;
                name: {
                  en: string;
                  sv: string;
                };
                parentCode: string | null;
                relevanceRank: number | null;
                step: number;
                version: number;
                /** Format: uuid */
                versionId: string;
              }[];
              initiative: {
                archived: boolean;
                assessments: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                }[];
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                programmeId: string;
                programmeName: string;
                shared: boolean;
                stakeholderGroups: string[];
                startDate: string;
                updatedAt: string;
                version: number;
              };
              number: number;
              positionsNeeded: {
                [key: string]: {
                  needed: boolean;
                  note: string | null;
                };
              };
              /** @enum {string} */
              status: 'in_progress' | 'finished';
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessments/{id}/actors.svg': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          lang?: 'sv' | 'en';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessments/{id}/actors/{partId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          partId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                /** Format: uuid */
                answersId: string;
                answersLabel: {
                  en: string;
                  sv: string;
                };
                /** @enum {string} */
                answersType: 'impact' | 'conflict' | 'actor';
                deadline: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                overdue: boolean;
                /** Format: uuid */
                responsibleOrganisationId: string | null;
                responsibleOrganisationName: string | null;
                /** Format: uuid */
                responsiblePersonId: string | null;
                responsiblePersonName: string | null;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'dropped';
                title: string;
                version: number;
              }[];
              actors: {
                /** Format: uuid */
                id: string;
                interest: number;
                name: string;
                note: string | null;
                /** Format: uuid */
                organisationId: string | null;
                power: number;
                /** @enum {string} */
                presence: 'present' | 'missing';
                /** @enum {string} */
                quadrant: 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';
                /** @enum {string} */
                relation: 'affects' | 'affected' | 'both';
                /** @enum {string} */
                stance: 'supportive' | 'neutral' | 'resistant';
                version: number;
              }[];
              /** Format: uuid */
              basedOnId: string | null;
              comments: {
                authorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                targetId: string;
                targetType: string;
                text: string;
              }[];
              conflicts: {
                a: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                /** Format: uuid */
                assessmentId: string;
                b: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                description: string | null;
                foundInStep: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'goal' | 'interest';
                position: {
                  /** Format: uuid */
                  bodyId: string | null;
                  bodyName: string | null;
                  caseNumber: string | null;
                  date: string;
                  text: string;
                } | null;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high';
                /** @enum {string} */
                status: 'open' | 'position_taken' | 'resolved';
                version: number;
              }[];
              counts: {
                missingActors: number;
                openConflicts: number;
                overdueActions: number;
              };
              finishedAt: string | null;
              finishedBy: string | null;
              frameworks: {
                /** Format: uuid */
                frameworkId: string;
                key: string;
                kind: string;
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
              }[];
              gates: {
                decidedAt: string;
                decidedBy: string;
                /** @enum {string} */
                decision: 'continue' | 'rethink' | 'stop';
                /** Format: uuid */
                id: string;
                reason: string;
                step: number;
                version: number;
              }[];
              goals: {
                direct: number;
                goal: string;
                indirect: number;
                negative: number;
                net: number;
                positive: number;
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              impacts: {
                code: string;
                color: string | null;
                /** @enum {string|null} */
                directness: 'direct' | 'indirect' | 'both' | null;
                /** @enum {string} */
                effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
                frameworkKey: string;
                frameworkKind: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                itemId: string;
                level: string;
                motivation: string | null;
                name: {
                  en: string;
                  sv: string;
                };
                parentCode: string | null;
                relevanceRank: number | null;
                step: number;
                version: number;
                /** Format: uuid */
                versionId: string;
              }[];
              initiative: {
                archived: boolean;
                assessments: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                }[];
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                programmeId: string;
                programmeName: string;
                shared: boolean;
                stakeholderGroups: string[];
                startDate: string;
                updatedAt: string;
                version: number;
              };
              number: number;
              positionsNeeded: {
                [key: string]: {
                  needed: boolean;
                  note: string | null;
                };
              };
              /** @enum {string} */
              status: 'in_progress' | 'finished';
              version: number;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          partId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            interest?: number;
            name?: string | null;
            note?: string | null;
            /** Format: uuid */
            organisationId?: string | null;
            power?: number;
            /** @enum {string} */
            presence?: 'present' | 'missing';
            /** @enum {string} */
            relation?: 'affects' | 'affected' | 'both';
            /** @enum {string} */
            stance?: 'supportive' | 'neutral' | 'resistant';
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                /** Format: uuid */
                answersId: string;
                answersLabel: {
                  en: string;
                  sv: string;
                };
                /** @enum {string} */
                answersType: 'impact' | 'conflict' | 'actor';
                deadline: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                overdue: boolean;
                /** Format: uuid */
                responsibleOrganisationId: string | null;
                responsibleOrganisationName: string | null;
                /** Format: uuid */
                responsiblePersonId: string | null;
                responsiblePersonName: string | null;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'dropped';
                title: string;
                version: number;
              }[];
              actors: {
                /** Format: uuid */
                id: string;
                interest: number;
                name: string;
                note: string | null;
                /** Format: uuid */
                organisationId: string | null;
                power: number;
                /** @enum {string} */
                presence: 'present' | 'missing';
                /** @enum {string} */
                quadrant: 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';
                /** @enum {string} */
                relation: 'affects' | 'affected' | 'both';
                /** @enum {string} */
                stance: 'supportive' | 'neutral' | 'resistant';
                version: number;
              }[];
              /** Format: uuid */
              basedOnId: string | null;
              comments: {
                authorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                targetId: string;
                targetType: string;
                text: string;
              }[];
              conflicts: {
                a: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                /** Format: uuid */
                assessmentId: string;
                b: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                description: string | null;
                foundInStep: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'goal' | 'interest';
                position: {
                  /** Format: uuid */
                  bodyId: string | null;
                  bodyName: string | null;
                  caseNumber: string | null;
                  date: string;
                  text: string;
                } | null;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high';
                /** @enum {string} */
                status: 'open' | 'position_taken' | 'resolved';
                version: number;
              }[];
              counts: {
                missingActors: number;
                openConflicts: number;
                overdueActions: number;
              };
              finishedAt: string | null;
              finishedBy: string | null;
              frameworks: {
                /** Format: uuid */
                frameworkId: string;
                key: string;
                kind: string;
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
              }[];
              gates: {
                decidedAt: string;
                decidedBy: string;
                /** @enum {string} */
                decision: 'continue' | 'rethink' | 'stop';
                /** Format: uuid */
                id: string;
                reason: string;
                step: number;
                version: number;
              }[];
              goals: {
                direct: number;
                goal: string;
                indirect: number;
                negative: number;
                net: number;
                positive: number;
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              impacts: {
                code: string;
                color: string | null;
                /** @enum {string|null} */
                directness: 'direct' | 'indirect' | 'both' | null;
                /** @enum {string} */
                effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
                frameworkKey: string;
                frameworkKind: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                itemId: string;
                level: string;
                motivation: string | null;
                name: {
                  en: string;
                  sv: string;
                };
                parentCode: string | null;
                relevanceRank: number | null;
                step: number;
                version: number;
                /** Format: uuid */
                versionId: string;
              }[];
              initiative: {
                archived: boolean;
                assessments: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                }[];
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                programmeId: string;
                programmeName: string;
                shared: boolean;
                stakeholderGroups: string[];
                startDate: string;
                updatedAt: string;
                version: number;
              };
              number: number;
              positionsNeeded: {
                [key: string]: {
                  needed: boolean;
                  note: string | null;
                };
              };
              /** @enum {string} */
              status: 'in_progress' | 'finished';
              version: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/assessments/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              action: string;
              actorName: string;
              after: {
                [key: string]: unknown;
              } | null;
              at: string;
              before: {
                [key: string]: unknown;
              } | null;
              entityId: string;
              entityType: string;
              id: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessments/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            targetId: string;
            /** @enum {string} */
            targetType: 'assessment' | 'impact' | 'actor' | 'conflict' | 'action';
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                /** Format: uuid */
                answersId: string;
                answersLabel: {
                  en: string;
                  sv: string;
                };
                /** @enum {string} */
                answersType: 'impact' | 'conflict' | 'actor';
                deadline: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                overdue: boolean;
                /** Format: uuid */
                responsibleOrganisationId: string | null;
                responsibleOrganisationName: string | null;
                /** Format: uuid */
                responsiblePersonId: string | null;
                responsiblePersonName: string | null;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'dropped';
                title: string;
                version: number;
              }[];
              actors: {
                /** Format: uuid */
                id: string;
                interest: number;
                name: string;
                note: string | null;
                /** Format: uuid */
                organisationId: string | null;
                power: number;
                /** @enum {string} */
                presence: 'present' | 'missing';
                /** @enum {string} */
                quadrant: 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';
                /** @enum {string} */
                relation: 'affects' | 'affected' | 'both';
                /** @enum {string} */
                stance: 'supportive' | 'neutral' | 'resistant';
                version: number;
              }[];
              /** Format: uuid */
              basedOnId: string | null;
              comments: {
                authorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                targetId: string;
                targetType: string;
                text: string;
              }[];
              conflicts: {
                a: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                /** Format: uuid */
                assessmentId: string;
                b: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                description: string | null;
                foundInStep: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'goal' | 'interest';
                position: {
                  /** Format: uuid */
                  bodyId: string | null;
                  bodyName: string | null;
                  caseNumber: string | null;
                  date: string;
                  text: string;
                } | null;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high';
                /** @enum {string} */
                status: 'open' | 'position_taken' | 'resolved';
                version: number;
              }[];
              counts: {
                missingActors: number;
                openConflicts: number;
                overdueActions: number;
              };
              finishedAt: string | null;
              finishedBy: string | null;
              frameworks: {
                /** Format: uuid */
                frameworkId: string;
                key: string;
                kind: string;
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
              }[];
              gates: {
                decidedAt: string;
                decidedBy: string;
                /** @enum {string} */
                decision: 'continue' | 'rethink' | 'stop';
                /** Format: uuid */
                id: string;
                reason: string;
                step: number;
                version: number;
              }[];
              goals: {
                direct: number;
                goal: string;
                indirect: number;
                negative: number;
                net: number;
                positive: number;
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              impacts: {
                code: string;
                color: string | null;
                /** @enum {string|null} */
                directness: 'direct' | 'indirect' | 'both' | null;
                /** @enum {string} */
                effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
                frameworkKey: string;
                frameworkKind: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                itemId: string;
                level: string;
                motivation: string | null;
                name: {
                  en: string;
                  sv: string;
                };
                parentCode: string | null;
                relevanceRank: number | null;
                step: number;
                version: number;
                /** Format: uuid */
                versionId: string;
              }[];
              initiative: {
                archived: boolean;
                assessments: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                }[];
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                programmeId: string;
                programmeName: string;
                shared: boolean;
                stakeholderGroups: string[];
                startDate: string;
                updatedAt: string;
                version: number;
              };
              number: number;
              positionsNeeded: {
                [key: string]: {
                  needed: boolean;
                  note: string | null;
                };
              };
              /** @enum {string} */
              status: 'in_progress' | 'finished';
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessments/{id}/compare/{otherId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          otherId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                after: {
                  [key: string]: unknown;
                } | null;
                before: {
                  [key: string]: unknown;
                } | null;
                /** @enum {string} */
                change: 'added' | 'removed' | 'changed';
                fields: string[];
                key: string;
                label: {
                  en: string;
                  sv: string;
                };
              }[];
              actors: {
                after: {
                  [key: string]: unknown;
                } | null;
                before: {
                  [key: string]: unknown;
                } | null;
                /** @enum {string} */
                change: 'added' | 'removed' | 'changed';
                fields: string[];
                key: string;
                label: {
                  en: string;
                  sv: string;
                };
              }[];
              conflicts: {
                after: {
                  [key: string]: unknown;
                } | null;
                before: {
                  [key: string]: unknown;
                } | null;
                /** @enum {string} */
                change: 'added' | 'removed' | 'changed';
                fields: string[];
                key: string;
                label: {
                  en: string;
                  sv: string;
                };
              }[];
              from: {
                finishedAt: string | null;
                /** Format: uuid */
                id: string;
                number: number;
                /** @enum {string} */
                status: 'in_progress' | 'finished';
              };
              impacts: {
                after: {
                  [key: string]: unknown;
                } | null;
                before: {
                  [key: string]: unknown;
                } | null;
                /** @enum {string} */
                change: 'added' | 'removed' | 'changed';
                fields: string[];
                key: string;
                label: {
                  en: string;
                  sv: string;
                };
              }[];
              to: {
                finishedAt: string | null;
                /** Format: uuid */
                id: string;
                number: number;
                /** @enum {string} */
                status: 'in_progress' | 'finished';
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessments/{id}/conflicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            a: {
              /** Format: uuid */
              actorId?: string | null;
              /** Format: uuid */
              itemId?: string | null;
              text?: string | null;
            };
            b: {
              /** Format: uuid */
              actorId?: string | null;
              /** Format: uuid */
              itemId?: string | null;
              text?: string | null;
            };
            description?: string | null;
            foundInStep: 1 | 2 | 3;
            /** @enum {string} */
            kind: 'goal' | 'interest';
            position?: {
              /** Format: uuid */
              bodyId?: string | null;
              caseNumber?: string | null;
              /** Format: date */
              date: string;
              text: string;
            } | null;
            /** @enum {string} */
            severity: 'low' | 'medium' | 'high';
            /**
             * @default open
             * @enum {string}
             */
            status?: 'open' | 'position_taken' | 'resolved';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                /** Format: uuid */
                answersId: string;
                answersLabel: {
                  en: string;
                  sv: string;
                };
                /** @enum {string} */
                answersType: 'impact' | 'conflict' | 'actor';
                deadline: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                overdue: boolean;
                /** Format: uuid */
                responsibleOrganisationId: string | null;
                responsibleOrganisationName: string | null;
                /** Format: uuid */
                responsiblePersonId: string | null;
                responsiblePersonName: string | null;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'dropped';
                title: string;
                version: number;
              }[];
              actors: {
                /** Format: uuid */
                id: string;
                interest: number;
                name: string;
                note: string | null;
                /** Format: uuid */
                organisationId: string | null;
                power: number;
                /** @enum {string} */
                presence: 'present' | 'missing';
                /** @enum {string} */
                quadrant: 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';
                /** @enum {string} */
                relation: 'affects' | 'affected' | 'both';
                /** @enum {string} */
                stance: 'supportive' | 'neutral' | 'resistant';
                version: number;
              }[];
              /** Format: uuid */
              basedOnId: string | null;
              comments: {
                authorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                targetId: string;
                targetType: string;
                text: string;
              }[];
              conflicts: {
                a: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                /** Format: uuid */
                assessmentId: string;
                b: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                description: string | null;
                foundInStep: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'goal' | 'interest';
                position: {
                  /** Format: uuid */
                  bodyId: string | null;
                  bodyName: string | null;
                  caseNumber: string | null;
                  date: string;
                  text: string;
                } | null;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high';
                /** @enum {string} */
                status: 'open' | 'position_taken' | 'resolved';
                version: number;
              }[];
              counts: {
                missingActors: number;
                openConflicts: number;
                overdueActions: number;
              };
              finishedAt: string | null;
              finishedBy: string | null;
              frameworks: {
                /** Format: uuid */
                frameworkId: string;
                key: string;
                kind: string;
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
              }[];
              gates: {
                decidedAt: string;
                decidedBy: string;
                /** @enum {string} */
                decision: 'continue' | 'rethink' | 'stop';
                /** Format: uuid */
                id: string;
                reason: string;
                step: number;
                version: number;
              }[];
              goals: {
                direct: number;
                goal: string;
                indirect: number;
                negative: number;
                net: number;
                positive: number;
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              impacts: {
                code: string;
                color: string | null;
                /** @enum {string|null} */
                directness: 'direct' | 'indirect' | 'both' | null;
                /** @enum {string} */
                effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
                frameworkKey: string;
                frameworkKind: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                itemId: string;
                level: string;
                motivation: string | null;
                name: {
                  en: string;
                  sv: string;
                };
                parentCode: string | null;
                relevanceRank: number | null;
                step: number;
                version: number;
                /** Format: uuid */
                versionId: string;
              }[];
              initiative: {
                archived: boolean;
                assessments: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                }[];
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                programmeId: string;
                programmeName: string;
                shared: boolean;
                stakeholderGroups: string[];
                startDate: string;
                updatedAt: string;
                version: number;
              };
              number: number;
              positionsNeeded: {
                [key: string]: {
                  needed: boolean;
                  note: string | null;
                };
              };
              /** @enum {string} */
              status: 'in_progress' | 'finished';
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessments/{id}/conflicts/{partId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          partId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                /** Format: uuid */
                answersId: string;
                answersLabel: {
                  en: string;
                  sv: string;
                };
                /** @enum {string} */
                answersType: 'impact' | 'conflict' | 'actor';
                deadline: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                overdue: boolean;
                /** Format: uuid */
                responsibleOrganisationId: string | null;
                responsibleOrganisationName: string | null;
                /** Format: uuid */
                responsiblePersonId: string | null;
                responsiblePersonName: string | null;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'dropped';
                title: string;
                version: number;
              }[];
              actors: {
                /** Format: uuid */
                id: string;
                interest: number;
                name: string;
                note: string | null;
                /** Format: uuid */
                organisationId: string | null;
                power: number;
                /** @enum {string} */
                presence: 'present' | 'missing';
                /** @enum {string} */
                quadrant: 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';
                /** @enum {string} */
                relation: 'affects' | 'affected' | 'both';
                /** @enum {string} */
                stance: 'supportive' | 'neutral' | 'resistant';
                version: number;
              }[];
              /** Format: uuid */
              basedOnId: string | null;
              comments: {
                authorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                targetId: string;
                targetType: string;
                text: string;
              }[];
              conflicts: {
                a: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                /** Format: uuid */
                assessmentId: string;
                b: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                description: string | null;
                foundInStep: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'goal' | 'interest';
                position: {
                  /** Format: uuid */
                  bodyId: string | null;
                  bodyName: string | null;
                  caseNumber: string | null;
                  date: string;
                  text: string;
                } | null;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high';
                /** @enum {string} */
                status: 'open' | 'position_taken' | 'resolved';
                version: number;
              }[];
              counts: {
                missingActors: number;
                openConflicts: number;
                overdueActions: number;
              };
              finishedAt: string | null;
              finishedBy: string | null;
              frameworks: {
                /** Format: uuid */
                frameworkId: string;
                key: string;
                kind: string;
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
              }[];
              gates: {
                decidedAt: string;
                decidedBy: string;
                /** @enum {string} */
                decision: 'continue' | 'rethink' | 'stop';
                /** Format: uuid */
                id: string;
                reason: string;
                step: number;
                version: number;
              }[];
              goals: {
                direct: number;
                goal: string;
                indirect: number;
                negative: number;
                net: number;
                positive: number;
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              impacts: {
                code: string;
                color: string | null;
                /** @enum {string|null} */
                directness: 'direct' | 'indirect' | 'both' | null;
                /** @enum {string} */
                effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
                frameworkKey: string;
                frameworkKind: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                itemId: string;
                level: string;
                motivation: string | null;
                name: {
                  en: string;
                  sv: string;
                };
                parentCode: string | null;
                relevanceRank: number | null;
                step: number;
                version: number;
                /** Format: uuid */
                versionId: string;
              }[];
              initiative: {
                archived: boolean;
                assessments: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                }[];
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                programmeId: string;
                programmeName: string;
                shared: boolean;
                stakeholderGroups: string[];
                startDate: string;
                updatedAt: string;
                version: number;
              };
              number: number;
              positionsNeeded: {
                [key: string]: {
                  needed: boolean;
                  note: string | null;
                };
              };
              /** @enum {string} */
              status: 'in_progress' | 'finished';
              version: number;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          partId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            a?: {
              /** Format: uuid */
              actorId?: string | null;
              /** Format: uuid */
              itemId?: string | null;
              text?: string | null;
            };
            b?: {
              /** Format: uuid */
              actorId?: string | null;
              /** Format: uuid */
              itemId?: string | null;
              text?: string | null;
            };
            description?: string | null;
            foundInStep?: 1 | 2 | 3;
            /** @enum {string} */
            kind?: 'goal' | 'interest';
            position?: {
              /** Format: uuid */
              bodyId?: string | null;
              caseNumber?: string | null;
              /** Format: date */
              date: string;
              text: string;
            } | null;
            /** @enum {string} */
            severity?: 'low' | 'medium' | 'high';
            /** @enum {string} */
            status?: 'open' | 'position_taken' | 'resolved';
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                /** Format: uuid */
                answersId: string;
                answersLabel: {
                  en: string;
                  sv: string;
                };
                /** @enum {string} */
                answersType: 'impact' | 'conflict' | 'actor';
                deadline: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                overdue: boolean;
                /** Format: uuid */
                responsibleOrganisationId: string | null;
                responsibleOrganisationName: string | null;
                /** Format: uuid */
                responsiblePersonId: string | null;
                responsiblePersonName: string | null;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'dropped';
                title: string;
                version: number;
              }[];
              actors: {
                /** Format: uuid */
                id: string;
                interest: number;
                name: string;
                note: string | null;
                /** Format: uuid */
                organisationId: string | null;
                power: number;
                /** @enum {string} */
                presence: 'present' | 'missing';
                /** @enum {string} */
                quadrant: 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';
                /** @enum {string} */
                relation: 'affects' | 'affected' | 'both';
                /** @enum {string} */
                stance: 'supportive' | 'neutral' | 'resistant';
                version: number;
              }[];
              /** Format: uuid */
              basedOnId: string | null;
              comments: {
                authorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                targetId: string;
                targetType: string;
                text: string;
              }[];
              conflicts: {
                a: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                /** Format: uuid */
                assessmentId: string;
                b: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                description: string | null;
                foundInStep: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'goal' | 'interest';
                position: {
                  /** Format: uuid */
                  bodyId: string | null;
                  bodyName: string | null;
                  caseNumber: string | null;
                  date: string;
                  text: string;
                } | null;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high';
                /** @enum {string} */
                status: 'open' | 'position_taken' | 'resolved';
                version: number;
              }[];
              counts: {
                missingActors: number;
                openConflicts: number;
                overdueActions: number;
              };
              finishedAt: string | null;
              finishedBy: string | null;
              frameworks: {
                /** Format: uuid */
                frameworkId: string;
                key: string;
                kind: string;
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
              }[];
              gates: {
                decidedAt: string;
                decidedBy: string;
                /** @enum {string} */
                decision: 'continue' | 'rethink' | 'stop';
                /** Format: uuid */
                id: string;
                reason: string;
                step: number;
                version: number;
              }[];
              goals: {
                direct: number;
                goal: string;
                indirect: number;
                negative: number;
                net: number;
                positive: number;
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              impacts: {
                code: string;
                color: string | null;
                /** @enum {string|null} */
                directness: 'direct' | 'indirect' | 'both' | null;
                /** @enum {string} */
                effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
                frameworkKey: string;
                frameworkKind: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                itemId: string;
                level: string;
                motivation: string | null;
                name: {
                  en: string;
                  sv: string;
                };
                parentCode: string | null;
                relevanceRank: number | null;
                step: number;
                version: number;
                /** Format: uuid */
                versionId: string;
              }[];
              initiative: {
                archived: boolean;
                assessments: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                }[];
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                programmeId: string;
                programmeName: string;
                shared: boolean;
                stakeholderGroups: string[];
                startDate: string;
                updatedAt: string;
                version: number;
              };
              number: number;
              positionsNeeded: {
                [key: string]: {
                  needed: boolean;
                  note: string | null;
                };
              };
              /** @enum {string} */
              status: 'in_progress' | 'finished';
              version: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/assessments/{id}/finish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                /** Format: uuid */
                answersId: string;
                answersLabel: {
                  en: string;
                  sv: string;
                };
                /** @enum {string} */
                answersType: 'impact' | 'conflict' | 'actor';
                deadline: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                overdue: boolean;
                /** Format: uuid */
                responsibleOrganisationId: string | null;
                responsibleOrganisationName: string | null;
                /** Format: uuid */
                responsiblePersonId: string | null;
                responsiblePersonName: string | null;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'dropped';
                title: string;
                version: number;
              }[];
              actors: {
                /** Format: uuid */
                id: string;
                interest: number;
                name: string;
                note: string | null;
                /** Format: uuid */
                organisationId: string | null;
                power: number;
                /** @enum {string} */
                presence: 'present' | 'missing';
                /** @enum {string} */
                quadrant: 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';
                /** @enum {string} */
                relation: 'affects' | 'affected' | 'both';
                /** @enum {string} */
                stance: 'supportive' | 'neutral' | 'resistant';
                version: number;
              }[];
              /** Format: uuid */
              basedOnId: string | null;
              comments: {
                authorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                targetId: string;
                targetType: string;
                text: string;
              }[];
              conflicts: {
                a: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                /** Format: uuid */
                assessmentId: string;
                b: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                description: string | null;
                foundInStep: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'goal' | 'interest';
                position: {
                  /** Format: uuid */
                  bodyId: string | null;
                  bodyName: string | null;
                  caseNumber: string | null;
                  date: string;
                  text: string;
                } | null;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high';
                /** @enum {string} */
                status: 'open' | 'position_taken' | 'resolved';
                version: number;
              }[];
              counts: {
                missingActors: number;
                openConflicts: number;
                overdueActions: number;
              };
              finishedAt: string | null;
              finishedBy: string | null;
              frameworks: {
                /** Format: uuid */
                frameworkId: string;
                key: string;
                kind: string;
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
              }[];
              gates: {
                decidedAt: string;
                decidedBy: string;
                /** @enum {string} */
                decision: 'continue' | 'rethink' | 'stop';
                /** Format: uuid */
                id: string;
                reason: string;
                step: number;
                version: number;
              }[];
              goals: {
                direct: number;
                goal: string;
                indirect: number;
                negative: number;
                net: number;
                positive: number;
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              impacts: {
                code: string;
                color: string | null;
                /** @enum {string|null} */
                directness: 'direct' | 'indirect' | 'both' | null;
                /** @enum {string} */
                effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
                frameworkKey: string;
                frameworkKind: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                itemId: string;
                level: string;
                motivation: string | null;
                name: {
                  en: string;
                  sv: string;
                };
                parentCode: string | null;
                relevanceRank: number | null;
                step: number;
                version: number;
                /** Format: uuid */
                versionId: string;
              }[];
              initiative: {
                archived: boolean;
                assessments: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                }[];
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                programmeId: string;
                programmeName: string;
                shared: boolean;
                stakeholderGroups: string[];
                startDate: string;
                updatedAt: string;
                version: number;
              };
              number: number;
              positionsNeeded: {
                [key: string]: {
                  needed: boolean;
                  note: string | null;
                };
              };
              /** @enum {string} */
              status: 'in_progress' | 'finished';
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessments/{id}/gates/{step}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          step: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            decision: 'continue' | 'rethink' | 'stop';
            reason: string;
            version?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                /** Format: uuid */
                answersId: string;
                answersLabel: {
                  en: string;
                  sv: string;
                };
                /** @enum {string} */
                answersType: 'impact' | 'conflict' | 'actor';
                deadline: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                overdue: boolean;
                /** Format: uuid */
                responsibleOrganisationId: string | null;
                responsibleOrganisationName: string | null;
                /** Format: uuid */
                responsiblePersonId: string | null;
                responsiblePersonName: string | null;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'dropped';
                title: string;
                version: number;
              }[];
              actors: {
                /** Format: uuid */
                id: string;
                interest: number;
                name: string;
                note: string | null;
                /** Format: uuid */
                organisationId: string | null;
                power: number;
                /** @enum {string} */
                presence: 'present' | 'missing';
                /** @enum {string} */
                quadrant: 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';
                /** @enum {string} */
                relation: 'affects' | 'affected' | 'both';
                /** @enum {string} */
                stance: 'supportive' | 'neutral' | 'resistant';
                version: number;
              }[];
              /** Format: uuid */
              basedOnId: string | null;
              comments: {
                authorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                targetId: string;
                targetType: string;
                text: string;
              }[];
              conflicts: {
                a: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                /** Format: uuid */
                assessmentId: string;
                b: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                description: string | null;
                foundInStep: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'goal' | 'interest';
                position: {
                  /** Format: uuid */
                  bodyId: string | null;
                  bodyName: string | null;
                  caseNumber: string | null;
                  date: string;
                  text: string;
                } | null;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high';
                /** @enum {string} */
                status: 'open' | 'position_taken' | 'resolved';
                version: number;
              }[];
              counts: {
                missingActors: number;
                openConflicts: number;
                overdueActions: number;
              };
              finishedAt: string | null;
              finishedBy: string | null;
              frameworks: {
                /** Format: uuid */
                frameworkId: string;
                key: string;
                kind: string;
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
              }[];
              gates: {
                decidedAt: string;
                decidedBy: string;
                /** @enum {string} */
                decision: 'continue' | 'rethink' | 'stop';
                /** Format: uuid */
                id: string;
                reason: string;
                step: number;
                version: number;
              }[];
              goals: {
                direct: number;
                goal: string;
                indirect: number;
                negative: number;
                net: number;
                positive: number;
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              impacts: {
                code: string;
                color: string | null;
                /** @enum {string|null} */
                directness: 'direct' | 'indirect' | 'both' | null;
                /** @enum {string} */
                effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
                frameworkKey: string;
                frameworkKind: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                itemId: string;
                level: string;
                motivation: string | null;
                name: {
                  en: string;
                  sv: string;
                };
                parentCode: string | null;
                relevanceRank: number | null;
                step: number;
                version: number;
                /** Format: uuid */
                versionId: string;
              }[];
              initiative: {
                archived: boolean;
                assessments: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                }[];
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                programmeId: string;
                programmeName: string;
                shared: boolean;
                stakeholderGroups: string[];
                startDate: string;
                updatedAt: string;
                version: number;
              };
              number: number;
              positionsNeeded: {
                [key: string]: {
                  needed: boolean;
                  note: string | null;
                };
              };
              /** @enum {string} */
              status: 'in_progress' | 'finished';
              version: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessments/{id}/impacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string|null} */
            directness?: 'direct' | 'indirect' | 'both' | null;
            /** @enum {string} */
            effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
            /** Format: uuid */
            itemId: string;
            motivation?: string | null;
            relevanceRank?: number | null;
            step: 1 | 2;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                /** Format: uuid */
                answersId: string;
                answersLabel: {
                  en: string;
                  sv: string;
                };
                /** @enum {string} */
                answersType: 'impact' | 'conflict' | 'actor';
                deadline: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                overdue: boolean;
                /** Format: uuid */
                responsibleOrganisationId: string | null;
                responsibleOrganisationName: string | null;
                /** Format: uuid */
                responsiblePersonId: string | null;
                responsiblePersonName: string | null;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'dropped';
                title: string;
                version: number;
              }[];
              actors: {
                /** Format: uuid */
                id: string;
                interest: number;
                name: string;
                note: string | null;
                /** Format: uuid */
                organisationId: string | null;
                power: number;
                /** @enum {string} */
                presence: 'present' | 'missing';
                /** @enum {string} */
                quadrant: 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';
                /** @enum {string} */
                relation: 'affects' | 'affected' | 'both';
                /** @enum {string} */
                stance: 'supportive' | 'neutral' | 'resistant';
                version: number;
              }[];
              /** Format: uuid */
              basedOnId: string | null;
              comments: {
                authorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                targetId: string;
                targetType: string;
                text: string;
              }[];
              conflicts: {
                a: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                /** Format: uuid */
                assessmentId: string;
                b: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                description: string | null;
                foundInStep: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'goal' | 'interest';
                position: {
                  /** Format: uuid */
                  bodyId: string | null;
                  bodyName: string | null;
                  caseNumber: string | null;
                  date: string;
                  text: string;
                } | null;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high';
                /** @enum {string} */
                status: 'open' | 'position_taken' | 'resolved';
                version: number;
              }[];
              counts: {
                missingActors: number;
                openConflicts: number;
                overdueActions: number;
              };
              finishedAt: string | null;
              finishedBy: string | null;
              frameworks: {
                /** Format: uuid */
                frameworkId: string;
                key: string;
                kind: string;
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
              }[];
              gates: {
                decidedAt: string;
                decidedBy: string;
                /** @enum {string} */
                decision: 'continue' | 'rethink' | 'stop';
                /** Format: uuid */
                id: string;
                reason: string;
                step: number;
                version: number;
              }[];
              goals: {
                direct: number;
                goal: string;
                indirect: number;
                negative: number;
                net: number;
                positive: number;
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              impacts: {
                code: string;
                color: string | null;
                /** @enum {string|null} */
                directness: 'direct' | 'indirect' | 'both' | null;
                /** @enum {string} */
                effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
                frameworkKey: string;
                frameworkKind: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                itemId: string;
                level: string;
                motivation: string | null;
                name: {
                  en: string;
                  sv: string;
                };
                parentCode: string | null;
                relevanceRank: number | null;
                step: number;
                version: number;
                /** Format: uuid */
                versionId: string;
              }[];
              initiative: {
                archived: boolean;
                assessments: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                }[];
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                programmeId: string;
                programmeName: string;
                shared: boolean;
                stakeholderGroups: string[];
                startDate: string;
                updatedAt: string;
                version: number;
              };
              number: number;
              positionsNeeded: {
                [key: string]: {
                  needed: boolean;
                  note: string | null;
                };
              };
              /** @enum {string} */
              status: 'in_progress' | 'finished';
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessments/{id}/impacts/{partId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          partId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                /** Format: uuid */
                answersId: string;
                answersLabel: {
                  en: string;
                  sv: string;
                };
                /** @enum {string} */
                answersType: 'impact' | 'conflict' | 'actor';
                deadline: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                overdue: boolean;
                /** Format: uuid */
                responsibleOrganisationId: string | null;
                responsibleOrganisationName: string | null;
                /** Format: uuid */
                responsiblePersonId: string | null;
                responsiblePersonName: string | null;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'dropped';
                title: string;
                version: number;
              }[];
              actors: {
                /** Format: uuid */
                id: string;
                interest: number;
                name: string;
                note: string | null;
                /** Format: uuid */
                organisationId: string | null;
                power: number;
                /** @enum {string} */
                presence: 'present' | 'missing';
                /** @enum {string} */
                quadrant: 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';
                /** @enum {string} */
                relation: 'affects' | 'affected' | 'both';
                /** @enum {string} */
                stance: 'supportive' | 'neutral' | 'resistant';
                version: number;
              }[];
              /** Format: uuid */
              basedOnId: string | null;
              comments: {
                authorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                targetId: string;
                targetType: string;
                text: string;
              }[];
              conflicts: {
                a: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                /** Format: uuid */
                assessmentId: string;
                b: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                description: string | null;
                foundInStep: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'goal' | 'interest';
                position: {
                  /** Format: uuid */
                  bodyId: string | null;
                  bodyName: string | null;
                  caseNumber: string | null;
                  date: string;
                  text: string;
                } | null;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high';
                /** @enum {string} */
                status: 'open' | 'position_taken' | 'resolved';
                version: number;
              }[];
              counts: {
                missingActors: number;
                openConflicts: number;
                overdueActions: number;
              };
              finishedAt: string | null;
              finishedBy: string | null;
              frameworks: {
                /** Format: uuid */
                frameworkId: string;
                key: string;
                kind: string;
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
              }[];
              gates: {
                decidedAt: string;
                decidedBy: string;
                /** @enum {string} */
                decision: 'continue' | 'rethink' | 'stop';
                /** Format: uuid */
                id: string;
                reason: string;
                step: number;
                version: number;
              }[];
              goals: {
                direct: number;
                goal: string;
                indirect: number;
                negative: number;
                net: number;
                positive: number;
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              impacts: {
                code: string;
                color: string | null;
                /** @enum {string|null} */
                directness: 'direct' | 'indirect' | 'both' | null;
                /** @enum {string} */
                effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
                frameworkKey: string;
                frameworkKind: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                itemId: string;
                level: string;
                motivation: string | null;
                name: {
                  en: string;
                  sv: string;
                };
                parentCode: string | null;
                relevanceRank: number | null;
                step: number;
                version: number;
                /** Format: uuid */
                versionId: string;
              }[];
              initiative: {
                archived: boolean;
                assessments: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                }[];
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                programmeId: string;
                programmeName: string;
                shared: boolean;
                stakeholderGroups: string[];
                startDate: string;
                updatedAt: string;
                version: number;
              };
              number: number;
              positionsNeeded: {
                [key: string]: {
                  needed: boolean;
                  note: string | null;
                };
              };
              /** @enum {string} */
              status: 'in_progress' | 'finished';
              version: number;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          partId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string|null} */
            directness?: 'direct' | 'indirect' | 'both' | null;
            /** @enum {string} */
            effect?: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
            motivation?: string | null;
            relevanceRank?: number | null;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                /** Format: uuid */
                answersId: string;
                answersLabel: {
                  en: string;
                  sv: string;
                };
                /** @enum {string} */
                answersType: 'impact' | 'conflict' | 'actor';
                deadline: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                overdue: boolean;
                /** Format: uuid */
                responsibleOrganisationId: string | null;
                responsibleOrganisationName: string | null;
                /** Format: uuid */
                responsiblePersonId: string | null;
                responsiblePersonName: string | null;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'dropped';
                title: string;
                version: number;
              }[];
              actors: {
                /** Format: uuid */
                id: string;
                interest: number;
                name: string;
                note: string | null;
                /** Format: uuid */
                organisationId: string | null;
                power: number;
                /** @enum {string} */
                presence: 'present' | 'missing';
                /** @enum {string} */
                quadrant: 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';
                /** @enum {string} */
                relation: 'affects' | 'affected' | 'both';
                /** @enum {string} */
                stance: 'supportive' | 'neutral' | 'resistant';
                version: number;
              }[];
              /** Format: uuid */
              basedOnId: string | null;
              comments: {
                authorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                targetId: string;
                targetType: string;
                text: string;
              }[];
              conflicts: {
                a: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                /** Format: uuid */
                assessmentId: string;
                b: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                description: string | null;
                foundInStep: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'goal' | 'interest';
                position: {
                  /** Format: uuid */
                  bodyId: string | null;
                  bodyName: string | null;
                  caseNumber: string | null;
                  date: string;
                  text: string;
                } | null;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high';
                /** @enum {string} */
                status: 'open' | 'position_taken' | 'resolved';
                version: number;
              }[];
              counts: {
                missingActors: number;
                openConflicts: number;
                overdueActions: number;
              };
              finishedAt: string | null;
              finishedBy: string | null;
              frameworks: {
                /** Format: uuid */
                frameworkId: string;
                key: string;
                kind: string;
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
              }[];
              gates: {
                decidedAt: string;
                decidedBy: string;
                /** @enum {string} */
                decision: 'continue' | 'rethink' | 'stop';
                /** Format: uuid */
                id: string;
                reason: string;
                step: number;
                version: number;
              }[];
              goals: {
                direct: number;
                goal: string;
                indirect: number;
                negative: number;
                net: number;
                positive: number;
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              impacts: {
                code: string;
                color: string | null;
                /** @enum {string|null} */
                directness: 'direct' | 'indirect' | 'both' | null;
                /** @enum {string} */
                effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
                frameworkKey: string;
                frameworkKind: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                itemId: string;
                level: string;
                motivation: string | null;
                name: {
                  en: string;
                  sv: string;
                };
                parentCode: string | null;
                relevanceRank: number | null;
                step: number;
                version: number;
                /** Format: uuid */
                versionId: string;
              }[];
              initiative: {
                archived: boolean;
                assessments: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                }[];
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                programmeId: string;
                programmeName: string;
                shared: boolean;
                stakeholderGroups: string[];
                startDate: string;
                updatedAt: string;
                version: number;
              };
              number: number;
              positionsNeeded: {
                [key: string]: {
                  needed: boolean;
                  note: string | null;
                };
              };
              /** @enum {string} */
              status: 'in_progress' | 'finished';
              version: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/assessments/{id}/reassess': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                /** Format: uuid */
                answersId: string;
                answersLabel: {
                  en: string;
                  sv: string;
                };
                /** @enum {string} */
                answersType: 'impact' | 'conflict' | 'actor';
                deadline: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                overdue: boolean;
                /** Format: uuid */
                responsibleOrganisationId: string | null;
                responsibleOrganisationName: string | null;
                /** Format: uuid */
                responsiblePersonId: string | null;
                responsiblePersonName: string | null;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'dropped';
                title: string;
                version: number;
              }[];
              actors: {
                /** Format: uuid */
                id: string;
                interest: number;
                name: string;
                note: string | null;
                /** Format: uuid */
                organisationId: string | null;
                power: number;
                /** @enum {string} */
                presence: 'present' | 'missing';
                /** @enum {string} */
                quadrant: 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';
                /** @enum {string} */
                relation: 'affects' | 'affected' | 'both';
                /** @enum {string} */
                stance: 'supportive' | 'neutral' | 'resistant';
                version: number;
              }[];
              /** Format: uuid */
              basedOnId: string | null;
              comments: {
                authorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                targetId: string;
                targetType: string;
                text: string;
              }[];
              conflicts: {
                a: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                /** Format: uuid */
                assessmentId: string;
                b: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                description: string | null;
                foundInStep: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'goal' | 'interest';
                position: {
                  /** Format: uuid */
                  bodyId: string | null;
                  bodyName: string | null;
                  caseNumber: string | null;
                  date: string;
                  text: string;
                } | null;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high';
                /** @enum {string} */
                status: 'open' | 'position_taken' | 'resolved';
                version: number;
              }[];
              counts: {
                missingActors: number;
                openConflicts: number;
                overdueActions: number;
              };
              finishedAt: string | null;
              finishedBy: string | null;
              frameworks: {
                /** Format: uuid */
                frameworkId: string;
                key: string;
                kind: string;
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
              }[];
              gates: {
                decidedAt: string;
                decidedBy: string;
                /** @enum {string} */
                decision: 'continue' | 'rethink' | 'stop';
                /** Format: uuid */
                id: string;
                reason: string;
                step: number;
                version: number;
              }[];
              goals: {
                direct: number;
                goal: string;
                indirect: number;
                negative: number;
                net: number;
                positive: number;
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              impacts: {
                code: string;
                color: string | null;
                /** @enum {string|null} */
                directness: 'direct' | 'indirect' | 'both' | null;
                /** @enum {string} */
                effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
                frameworkKey: string;
                frameworkKind: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                itemId: string;
                level: string;
                motivation: string | null;
                name: {
                  en: string;
                  sv: string;
                };
                parentCode: string | null;
                relevanceRank: number | null;
                step: number;
                version: number;
                /** Format: uuid */
                versionId: string;
              }[];
              initiative: {
                archived: boolean;
                assessments: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                }[];
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                programmeId: string;
                programmeName: string;
                shared: boolean;
                stakeholderGroups: string[];
                startDate: string;
                updatedAt: string;
                version: number;
              };
              number: number;
              positionsNeeded: {
                [key: string]: {
                  needed: boolean;
                  note: string | null;
                };
              };
              /** @enum {string} */
              status: 'in_progress' | 'finished';
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessments/{id}/report.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          lang?: 'sv' | 'en';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessments/{id}/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          lang?: 'sv' | 'en';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessments/{id}/wheel.svg': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          lang?: 'sv' | 'en';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              csrfToken: string;
              user: {
                /** Format: uuid */
                countyId: string;
                email: string;
                /** @enum {string} */
                locale: 'sv' | 'en';
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                personId: string;
                /** @enum {string} */
                role: 'admin' | 'coordinator' | 'member' | 'reader';
                /** Format: uuid */
                userId: string;
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            locale: 'sv' | 'en';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              countyId: string;
              email: string;
              /** @enum {string} */
              locale: 'sv' | 'en';
              name: string;
              /** Format: uuid */
              organisationId: string;
              /** Format: uuid */
              personId: string;
              /** @enum {string} */
              role: 'admin' | 'coordinator' | 'member' | 'reader';
              /** Format: uuid */
              userId: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            password: string;
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset/request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              csrfToken: string;
              user: {
                /** Format: uuid */
                countyId: string;
                email: string;
                /** @enum {string} */
                locale: 'sv' | 'en';
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                personId: string;
                /** @enum {string} */
                role: 'admin' | 'coordinator' | 'member' | 'reader';
                /** Format: uuid */
                userId: string;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bodies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          organisationId?: string;
          q?: string;
          status?: 'active' | 'archived' | 'all';
          type?:
            | 'council'
            | 'secretariat_group'
            | 'coordination_group'
            | 'working_group'
            | 'network'
            | 'steering_group'
            | 'board';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                archived: boolean;
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                currentMembers: number;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                reportsTo: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  /** @enum {string} */
                  type:
                    | 'council'
                    | 'secretariat_group'
                    | 'coordination_group'
                    | 'working_group'
                    | 'network'
                    | 'steering_group'
                    | 'board';
                } | null;
                shortName: string | null;
                /** @enum {string} */
                type:
                  | 'council'
                  | 'secretariat_group'
                  | 'coordination_group'
                  | 'working_group'
                  | 'network'
                  | 'steering_group'
                  | 'board';
                updatedAt: string;
                version: number;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: string | null;
            name: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            reportsToId?: string | null;
            shortName?: string | null;
            /** @enum {string} */
            type:
              | 'council'
              | 'secretariat_group'
              | 'coordination_group'
              | 'working_group'
              | 'network'
              | 'steering_group'
              | 'board';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              members: {
                /** Format: uuid */
                bodyId: string;
                current: boolean;
                endDate: string | null;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                personName: string;
                /** @enum {string} */
                role: 'chair' | 'vice_chair' | 'secretary' | 'member' | 'substitute';
                startDate: string;
                version: number;
              }[];
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              reportingBodies: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                type:
                  | 'council'
                  | 'secretariat_group'
                  | 'coordination_group'
                  | 'working_group'
                  | 'network'
                  | 'steering_group'
                  | 'board';
              }[];
              reportsTo: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                type:
                  | 'council'
                  | 'secretariat_group'
                  | 'coordination_group'
                  | 'working_group'
                  | 'network'
                  | 'steering_group'
                  | 'board';
              } | null;
              shortName: string | null;
              /** @enum {string} */
              type:
                | 'council'
                | 'secretariat_group'
                | 'coordination_group'
                | 'working_group'
                | 'network'
                | 'steering_group'
                | 'board';
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bodies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              members: {
                /** Format: uuid */
                bodyId: string;
                current: boolean;
                endDate: string | null;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                personName: string;
                /** @enum {string} */
                role: 'chair' | 'vice_chair' | 'secretary' | 'member' | 'substitute';
                startDate: string;
                version: number;
              }[];
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              reportingBodies: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                type:
                  | 'council'
                  | 'secretariat_group'
                  | 'coordination_group'
                  | 'working_group'
                  | 'network'
                  | 'steering_group'
                  | 'board';
              }[];
              reportsTo: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                type:
                  | 'council'
                  | 'secretariat_group'
                  | 'coordination_group'
                  | 'working_group'
                  | 'network'
                  | 'steering_group'
                  | 'board';
              } | null;
              shortName: string | null;
              /** @enum {string} */
              type:
                | 'council'
                | 'secretariat_group'
                | 'coordination_group'
                | 'working_group'
                | 'network'
                | 'steering_group'
                | 'board';
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: string | null;
            name?: string;
            /** Format: uuid */
            organisationId?: string;
            /** Format: uuid */
            reportsToId?: string | null;
            shortName?: string | null;
            /** @enum {string} */
            type?:
              | 'council'
              | 'secretariat_group'
              | 'coordination_group'
              | 'working_group'
              | 'network'
              | 'steering_group'
              | 'board';
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              members: {
                /** Format: uuid */
                bodyId: string;
                current: boolean;
                endDate: string | null;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                personName: string;
                /** @enum {string} */
                role: 'chair' | 'vice_chair' | 'secretary' | 'member' | 'substitute';
                startDate: string;
                version: number;
              }[];
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              reportingBodies: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                type:
                  | 'council'
                  | 'secretariat_group'
                  | 'coordination_group'
                  | 'working_group'
                  | 'network'
                  | 'steering_group'
                  | 'board';
              }[];
              reportsTo: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                type:
                  | 'council'
                  | 'secretariat_group'
                  | 'coordination_group'
                  | 'working_group'
                  | 'network'
                  | 'steering_group'
                  | 'board';
              } | null;
              shortName: string | null;
              /** @enum {string} */
              type:
                | 'council'
                | 'secretariat_group'
                | 'coordination_group'
                | 'working_group'
                | 'network'
                | 'steering_group'
                | 'board';
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/bodies/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              members: {
                /** Format: uuid */
                bodyId: string;
                current: boolean;
                endDate: string | null;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                personName: string;
                /** @enum {string} */
                role: 'chair' | 'vice_chair' | 'secretary' | 'member' | 'substitute';
                startDate: string;
                version: number;
              }[];
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              reportingBodies: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                type:
                  | 'council'
                  | 'secretariat_group'
                  | 'coordination_group'
                  | 'working_group'
                  | 'network'
                  | 'steering_group'
                  | 'board';
              }[];
              reportsTo: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                type:
                  | 'council'
                  | 'secretariat_group'
                  | 'coordination_group'
                  | 'working_group'
                  | 'network'
                  | 'steering_group'
                  | 'board';
              } | null;
              shortName: string | null;
              /** @enum {string} */
              type:
                | 'council'
                | 'secretariat_group'
                | 'coordination_group'
                | 'working_group'
                | 'network'
                | 'steering_group'
                | 'board';
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bodies/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              action: string;
              actorName: string;
              after: {
                [key: string]: unknown;
              } | null;
              at: string;
              before: {
                [key: string]: unknown;
              } | null;
              entityId: string;
              entityType: string;
              id: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bodies/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            endDate?: string | null;
            /** Format: uuid */
            organisationId?: string;
            /** Format: uuid */
            personId: string;
            /** @enum {string} */
            role: 'chair' | 'vice_chair' | 'secretary' | 'member' | 'substitute';
            /** Format: date */
            startDate: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              members: {
                /** Format: uuid */
                bodyId: string;
                current: boolean;
                endDate: string | null;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                personName: string;
                /** @enum {string} */
                role: 'chair' | 'vice_chair' | 'secretary' | 'member' | 'substitute';
                startDate: string;
                version: number;
              }[];
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              reportingBodies: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                type:
                  | 'council'
                  | 'secretariat_group'
                  | 'coordination_group'
                  | 'working_group'
                  | 'network'
                  | 'steering_group'
                  | 'board';
              }[];
              reportsTo: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                type:
                  | 'council'
                  | 'secretariat_group'
                  | 'coordination_group'
                  | 'working_group'
                  | 'network'
                  | 'steering_group'
                  | 'board';
              } | null;
              shortName: string | null;
              /** @enum {string} */
              type:
                | 'council'
                | 'secretariat_group'
                | 'coordination_group'
                | 'working_group'
                | 'network'
                | 'steering_group'
                | 'board';
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bodies/{id}/members/{membershipId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          membershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            endDate?: string | null;
            /** Format: uuid */
            organisationId?: string;
            /** @enum {string} */
            role?: 'chair' | 'vice_chair' | 'secretary' | 'member' | 'substitute';
            /** Format: date */
            startDate?: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              members: {
                /** Format: uuid */
                bodyId: string;
                current: boolean;
                endDate: string | null;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                personName: string;
                /** @enum {string} */
                role: 'chair' | 'vice_chair' | 'secretary' | 'member' | 'substitute';
                startDate: string;
                version: number;
              }[];
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              reportingBodies: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                type:
                  | 'council'
                  | 'secretariat_group'
                  | 'coordination_group'
                  | 'working_group'
                  | 'network'
                  | 'steering_group'
                  | 'board';
              }[];
              reportsTo: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                type:
                  | 'council'
                  | 'secretariat_group'
                  | 'coordination_group'
                  | 'working_group'
                  | 'network'
                  | 'steering_group'
                  | 'board';
              } | null;
              shortName: string | null;
              /** @enum {string} */
              type:
                | 'council'
                | 'secretariat_group'
                | 'coordination_group'
                | 'working_group'
                | 'network'
                | 'steering_group'
                | 'board';
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/bodies/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              members: {
                /** Format: uuid */
                bodyId: string;
                current: boolean;
                endDate: string | null;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                /** Format: uuid */
                personId: string;
                personName: string;
                /** @enum {string} */
                role: 'chair' | 'vice_chair' | 'secretary' | 'member' | 'substitute';
                startDate: string;
                version: number;
              }[];
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              reportingBodies: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                type:
                  | 'council'
                  | 'secretariat_group'
                  | 'coordination_group'
                  | 'working_group'
                  | 'network'
                  | 'steering_group'
                  | 'board';
              }[];
              reportsTo: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                type:
                  | 'council'
                  | 'secretariat_group'
                  | 'coordination_group'
                  | 'working_group'
                  | 'network'
                  | 'steering_group'
                  | 'board';
              } | null;
              shortName: string | null;
              /** @enum {string} */
              type:
                | 'council'
                | 'secretariat_group'
                | 'coordination_group'
                | 'working_group'
                | 'network'
                | 'steering_group'
                | 'board';
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/counties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              /** Format: uuid */
              id: string;
              name: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/followup-cycles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              municipalities: number;
              municipalitiesSubmitted: number;
              nextMilestone: {
                dueDate: string;
                /** @enum {string} */
                kind:
                  | 'reports_sent'
                  | 'questionnaire'
                  | 'compilation_shared'
                  | 'municipal_meetings'
                  | 'joint_valuation'
                  | 'council_decision';
              } | null;
              overdueMilestones: number;
              periodEnd: string;
              periodStart: string;
              /** @enum {string} */
              status: 'open' | 'decided';
              templateTitle: string;
              title: string;
              year: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            councilMeetingDate?: string;
            /** Format: uuid */
            templateId: string;
            title?: string | null;
            year: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areas: {
                code: string;
                name: string;
              }[];
              canManage: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              decision: {
                /** Format: uuid */
                bodyId: string;
                bodyName: string;
                caseNumber: string | null;
                date: string;
                text: string;
              } | null;
              /** Format: uuid */
              id: string;
              jointValuation: string | null;
              jointValuationDate: string | null;
              milestones: {
                doneOn: string | null;
                dueDate: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind:
                  | 'reports_sent'
                  | 'questionnaire'
                  | 'compilation_shared'
                  | 'municipal_meetings'
                  | 'joint_valuation'
                  | 'council_decision';
                lastRemindedAt: string | null;
                note: string | null;
                overdue: boolean;
                /** Format: uuid */
                ownerBodyId: string | null;
                ownerBodyName: string | null;
                ownerName: string | null;
                /** Format: uuid */
                ownerPersonId: string | null;
                remindersSent: number;
                /** @enum {string} */
                status: 'planned' | 'in_progress' | 'done';
                version: number;
              }[];
              municipalities: {
                /** Format: uuid */
                agreementId: string;
                areas: {
                  areaCode: string;
                  comment: string | null;
                  /** @enum {string|null} */
                  rating: 'satisfied' | 'mostly_satisfied' | 'not_quite_satisfied' | 'dissatisfied' | null;
                }[];
                contactEmail: string | null;
                contactName: string | null;
                editable: boolean;
                meetingDate: string | null;
                notes: string | null;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                participants: string | null;
                /** @enum {string} */
                status: 'not_started' | 'draft' | 'submitted';
                submittedAt: string | null;
                version: number | null;
              }[];
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              periodEnd: string;
              periodStart: string;
              /** Format: uuid */
              questionnaireId: string | null;
              questionnaireStatus: string | null;
              questionnaireTitle: {
                en: string;
                sv: string;
              } | null;
              recommendedChanges: string | null;
              reports: {
                areaCode: string;
                areaName: string;
                /** @description Rich text: a ProseMirror (Tiptap) document of the allowed nodes and marks */
                body: {
                  content: (
                    | {
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'paragraph';
                      }
                    | {
                        attrs: {
                          level: 1 | 2 | 3;
                        };
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'heading';
                      }
                    | (
                        | {
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'bulletList';
                          }
                        | {
                            attrs?: {
                              start?: number;
                              type?: string | null;
                            };
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'orderedList';
                          }
                      )
                  )[];
                  /** @enum {string} */
                  type: 'doc';
                };
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                municipalityId: string | null;
                municipalityName: string | null;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
                updatedAt: string;
                version: number;
              }[];
              /** @enum {string} */
              status: 'open' | 'decided';
              /** Format: uuid */
              templateId: string;
              templateTitle: string;
              title: string;
              updatedAt: string;
              version: number;
              year: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/followup-cycles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areas: {
                code: string;
                name: string;
              }[];
              canManage: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              decision: {
                /** Format: uuid */
                bodyId: string;
                bodyName: string;
                caseNumber: string | null;
                date: string;
                text: string;
              } | null;
              /** Format: uuid */
              id: string;
              jointValuation: string | null;
              jointValuationDate: string | null;
              milestones: {
                doneOn: string | null;
                dueDate: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind:
                  | 'reports_sent'
                  | 'questionnaire'
                  | 'compilation_shared'
                  | 'municipal_meetings'
                  | 'joint_valuation'
                  | 'council_decision';
                lastRemindedAt: string | null;
                note: string | null;
                overdue: boolean;
                /** Format: uuid */
                ownerBodyId: string | null;
                ownerBodyName: string | null;
                ownerName: string | null;
                /** Format: uuid */
                ownerPersonId: string | null;
                remindersSent: number;
                /** @enum {string} */
                status: 'planned' | 'in_progress' | 'done';
                version: number;
              }[];
              municipalities: {
                /** Format: uuid */
                agreementId: string;
                areas: {
                  areaCode: string;
                  comment: string | null;
                  /** @enum {string|null} */
                  rating: 'satisfied' | 'mostly_satisfied' | 'not_quite_satisfied' | 'dissatisfied' | null;
                }[];
                contactEmail: string | null;
                contactName: string | null;
                editable: boolean;
                meetingDate: string | null;
                notes: string | null;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                participants: string | null;
                /** @enum {string} */
                status: 'not_started' | 'draft' | 'submitted';
                submittedAt: string | null;
                version: number | null;
              }[];
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              periodEnd: string;
              periodStart: string;
              /** Format: uuid */
              questionnaireId: string | null;
              questionnaireStatus: string | null;
              questionnaireTitle: {
                en: string;
                sv: string;
              } | null;
              recommendedChanges: string | null;
              reports: {
                areaCode: string;
                areaName: string;
                /** @description Rich text: a ProseMirror (Tiptap) document of the allowed nodes and marks */
                body: {
                  content: (
                    | {
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'paragraph';
                      }
                    | {
                        attrs: {
                          level: 1 | 2 | 3;
                        };
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'heading';
                      }
                    | (
                        | {
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'bulletList';
                          }
                        | {
                            attrs?: {
                              start?: number;
                              type?: string | null;
                            };
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'orderedList';
                          }
                      )
                  )[];
                  /** @enum {string} */
                  type: 'doc';
                };
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                municipalityId: string | null;
                municipalityName: string | null;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
                updatedAt: string;
                version: number;
              }[];
              /** @enum {string} */
              status: 'open' | 'decided';
              /** Format: uuid */
              templateId: string;
              templateTitle: string;
              title: string;
              updatedAt: string;
              version: number;
              year: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            decision?: {
              /** Format: uuid */
              bodyId: string;
              caseNumber?: string | null;
              /** Format: date */
              date: string;
              text: string;
            } | null;
            jointValuation?: string | null;
            /** Format: date */
            jointValuationDate?: string | null;
            recommendedChanges?: string | null;
            title?: string | null;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areas: {
                code: string;
                name: string;
              }[];
              canManage: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              decision: {
                /** Format: uuid */
                bodyId: string;
                bodyName: string;
                caseNumber: string | null;
                date: string;
                text: string;
              } | null;
              /** Format: uuid */
              id: string;
              jointValuation: string | null;
              jointValuationDate: string | null;
              milestones: {
                doneOn: string | null;
                dueDate: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind:
                  | 'reports_sent'
                  | 'questionnaire'
                  | 'compilation_shared'
                  | 'municipal_meetings'
                  | 'joint_valuation'
                  | 'council_decision';
                lastRemindedAt: string | null;
                note: string | null;
                overdue: boolean;
                /** Format: uuid */
                ownerBodyId: string | null;
                ownerBodyName: string | null;
                ownerName: string | null;
                /** Format: uuid */
                ownerPersonId: string | null;
                remindersSent: number;
                /** @enum {string} */
                status: 'planned' | 'in_progress' | 'done';
                version: number;
              }[];
              municipalities: {
                /** Format: uuid */
                agreementId: string;
                areas: {
                  areaCode: string;
                  comment: string | null;
                  /** @enum {string|null} */
                  rating: 'satisfied' | 'mostly_satisfied' | 'not_quite_satisfied' | 'dissatisfied' | null;
                }[];
                contactEmail: string | null;
                contactName: string | null;
                editable: boolean;
                meetingDate: string | null;
                notes: string | null;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                participants: string | null;
                /** @enum {string} */
                status: 'not_started' | 'draft' | 'submitted';
                submittedAt: string | null;
                version: number | null;
              }[];
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              periodEnd: string;
              periodStart: string;
              /** Format: uuid */
              questionnaireId: string | null;
              questionnaireStatus: string | null;
              questionnaireTitle: {
                en: string;
                sv: string;
              } | null;
              recommendedChanges: string | null;
              reports: {
                areaCode: string;
                areaName: string;
                /** @description Rich text: a ProseMirror (Tiptap) document of the allowed nodes and marks */
                body: {
                  content: (
                    | {
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'paragraph';
                      }
                    | {
                        attrs: {
                          level: 1 | 2 | 3;
                        };
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'heading';
                      }
                    | (
                        | {
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'bulletList';
                          }
                        | {
                            attrs?: {
                              start?: number;
                              type?: string | null;
                            };
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'orderedList';
                          }
                      )
                  )[];
                  /** @enum {string} */
                  type: 'doc';
                };
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                municipalityId: string | null;
                municipalityName: string | null;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
                updatedAt: string;
                version: number;
              }[];
              /** @enum {string} */
              status: 'open' | 'decided';
              /** Format: uuid */
              templateId: string;
              templateTitle: string;
              title: string;
              updatedAt: string;
              version: number;
              year: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/followup-cycles/{id}/assessments.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          lang?: 'sv' | 'en';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/followup-cycles/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              action: string;
              actorName: string;
              after: {
                [key: string]: unknown;
              } | null;
              at: string;
              before: {
                [key: string]: unknown;
              } | null;
              entityId: string;
              entityType: string;
              id: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/followup-cycles/{id}/compilation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areas: {
                answered: number;
                code: string;
                comments: {
                  comment: string;
                  municipalityName: string;
                }[];
                distribution: {
                  count: number;
                  percent: number;
                  /** @enum {string} */
                  rating: 'satisfied' | 'mostly_satisfied' | 'not_quite_satisfied' | 'dissatisfied';
                }[];
                name: string;
                previous: {
                  answered: number;
                  distribution: {
                    count: number;
                    percent: number;
                    /** @enum {string} */
                    rating: 'satisfied' | 'mostly_satisfied' | 'not_quite_satisfied' | 'dissatisfied';
                  }[];
                  year: number;
                }[];
              }[];
              /** Format: uuid */
              cycleId: string;
              decision: {
                /** Format: uuid */
                bodyId: string;
                bodyName: string;
                caseNumber: string | null;
                date: string;
                text: string;
              } | null;
              jointValuation: string | null;
              municipalities: {
                areas: {
                  code: string;
                  comment: string | null;
                  previous: {
                    /** @enum {string|null} */
                    rating: 'satisfied' | 'mostly_satisfied' | 'not_quite_satisfied' | 'dissatisfied' | null;
                    year: number;
                  }[];
                  /** @enum {string|null} */
                  rating: 'satisfied' | 'mostly_satisfied' | 'not_quite_satisfied' | 'dissatisfied' | null;
                }[];
                meetingDate: string | null;
                name: string;
                notes: string | null;
                /** Format: uuid */
                organisationId: string;
                /** @enum {string} */
                status: 'not_started' | 'draft' | 'submitted';
              }[];
              questionnaire: {
                completed: number;
                invited: number;
                questions: {
                  answered: number;
                  byBody: {
                    answered: number;
                    bodyId: string;
                    bodyName: string;
                    distribution: {
                      code: string;
                      count: number;
                      percent: number;
                    }[];
                    statements: {
                      answered: number;
                      distribution: {
                        code: string;
                        count: number;
                        percent: number;
                      }[];
                      key: string;
                    }[];
                  }[];
                  distribution: {
                    code: string;
                    count: number;
                    percent: number;
                  }[];
                  key: string;
                  mean: number | null;
                  previous: {
                    answered: number;
                    distribution: {
                      code: string;
                      count: number;
                      percent: number;
                    }[];
                    statements: {
                      answered: number;
                      distribution: {
                        code: string;
                        count: number;
                        percent: number;
                      }[];
                      key: string;
                    }[];
                    year: number;
                  }[];
                  statements: {
                    answered: number;
                    distribution: {
                      code: string;
                      count: number;
                      percent: number;
                    }[];
                    key: string;
                  }[];
                  texts: {
                    bodyName: string | null;
                    text: string;
                  }[];
                  /** @enum {string} */
                  type: 'single_choice' | 'multiple_choice' | 'matrix' | 'rating' | 'short_text' | 'long_text';
                }[];
                responseRate: number;
                /** @default 0 */
                waiting: number;
              } | null;
              questions: {
                key: string;
                number: number;
                options: {
                  code: string;
                  label: {
                    en: string;
                    sv: string;
                  };
                }[];
                /** @default [] */
                statements: {
                  key: string;
                  text: {
                    en: string;
                    sv: string;
                  };
                }[];
                text: {
                  en: string;
                  sv: string;
                };
              }[];
              recommendedChanges: string | null;
              suggestions: {
                bodyName: string | null;
                questionKey: string;
                text: string;
              }[];
              year: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/followup-cycles/{id}/milestone-reminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default 3 */
            minIntervalDays?: number;
            /** @default 7 */
            withinDays?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              sent: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/followup-cycles/{id}/milestones/{milestoneId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          milestoneId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            dueDate?: string;
            note?: string | null;
            /** Format: uuid */
            ownerBodyId?: string | null;
            /** Format: uuid */
            ownerPersonId?: string | null;
            /** @enum {string} */
            status?: 'planned' | 'in_progress' | 'done';
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areas: {
                code: string;
                name: string;
              }[];
              canManage: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              decision: {
                /** Format: uuid */
                bodyId: string;
                bodyName: string;
                caseNumber: string | null;
                date: string;
                text: string;
              } | null;
              /** Format: uuid */
              id: string;
              jointValuation: string | null;
              jointValuationDate: string | null;
              milestones: {
                doneOn: string | null;
                dueDate: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind:
                  | 'reports_sent'
                  | 'questionnaire'
                  | 'compilation_shared'
                  | 'municipal_meetings'
                  | 'joint_valuation'
                  | 'council_decision';
                lastRemindedAt: string | null;
                note: string | null;
                overdue: boolean;
                /** Format: uuid */
                ownerBodyId: string | null;
                ownerBodyName: string | null;
                ownerName: string | null;
                /** Format: uuid */
                ownerPersonId: string | null;
                remindersSent: number;
                /** @enum {string} */
                status: 'planned' | 'in_progress' | 'done';
                version: number;
              }[];
              municipalities: {
                /** Format: uuid */
                agreementId: string;
                areas: {
                  areaCode: string;
                  comment: string | null;
                  /** @enum {string|null} */
                  rating: 'satisfied' | 'mostly_satisfied' | 'not_quite_satisfied' | 'dissatisfied' | null;
                }[];
                contactEmail: string | null;
                contactName: string | null;
                editable: boolean;
                meetingDate: string | null;
                notes: string | null;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                participants: string | null;
                /** @enum {string} */
                status: 'not_started' | 'draft' | 'submitted';
                submittedAt: string | null;
                version: number | null;
              }[];
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              periodEnd: string;
              periodStart: string;
              /** Format: uuid */
              questionnaireId: string | null;
              questionnaireStatus: string | null;
              questionnaireTitle: {
                en: string;
                sv: string;
              } | null;
              recommendedChanges: string | null;
              reports: {
                areaCode: string;
                areaName: string;
                /** @description Rich text: a ProseMirror (Tiptap) document of the allowed nodes and marks */
                body: {
                  content: (
                    | {
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'paragraph';
                      }
                    | {
                        attrs: {
                          level: 1 | 2 | 3;
                        };
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'heading';
                      }
                    | (
                        | {
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'bulletList';
                          }
                        | {
                            attrs?: {
                              start?: number;
                              type?: string | null;
                            };
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'orderedList';
                          }
                      )
                  )[];
                  /** @enum {string} */
                  type: 'doc';
                };
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                municipalityId: string | null;
                municipalityName: string | null;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
                updatedAt: string;
                version: number;
              }[];
              /** @enum {string} */
              status: 'open' | 'decided';
              /** Format: uuid */
              templateId: string;
              templateTitle: string;
              title: string;
              updatedAt: string;
              version: number;
              year: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/followup-cycles/{id}/municipalities/{organisationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          organisationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            areas: {
              areaCode: string;
              comment?: string | null;
              /** @enum {string|null} */
              rating: 'satisfied' | 'mostly_satisfied' | 'not_quite_satisfied' | 'dissatisfied' | null;
            }[];
            /** Format: date */
            meetingDate?: string | null;
            notes?: string | null;
            participants?: string | null;
            version: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areas: {
                code: string;
                name: string;
              }[];
              canManage: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              decision: {
                /** Format: uuid */
                bodyId: string;
                bodyName: string;
                caseNumber: string | null;
                date: string;
                text: string;
              } | null;
              /** Format: uuid */
              id: string;
              jointValuation: string | null;
              jointValuationDate: string | null;
              milestones: {
                doneOn: string | null;
                dueDate: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind:
                  | 'reports_sent'
                  | 'questionnaire'
                  | 'compilation_shared'
                  | 'municipal_meetings'
                  | 'joint_valuation'
                  | 'council_decision';
                lastRemindedAt: string | null;
                note: string | null;
                overdue: boolean;
                /** Format: uuid */
                ownerBodyId: string | null;
                ownerBodyName: string | null;
                ownerName: string | null;
                /** Format: uuid */
                ownerPersonId: string | null;
                remindersSent: number;
                /** @enum {string} */
                status: 'planned' | 'in_progress' | 'done';
                version: number;
              }[];
              municipalities: {
                /** Format: uuid */
                agreementId: string;
                areas: {
                  areaCode: string;
                  comment: string | null;
                  /** @enum {string|null} */
                  rating: 'satisfied' | 'mostly_satisfied' | 'not_quite_satisfied' | 'dissatisfied' | null;
                }[];
                contactEmail: string | null;
                contactName: string | null;
                editable: boolean;
                meetingDate: string | null;
                notes: string | null;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                participants: string | null;
                /** @enum {string} */
                status: 'not_started' | 'draft' | 'submitted';
                submittedAt: string | null;
                version: number | null;
              }[];
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              periodEnd: string;
              periodStart: string;
              /** Format: uuid */
              questionnaireId: string | null;
              questionnaireStatus: string | null;
              questionnaireTitle: {
                en: string;
                sv: string;
              } | null;
              recommendedChanges: string | null;
              reports: {
                areaCode: string;
                areaName: string;
                /** @description Rich text: a ProseMirror (Tiptap) document of the allowed nodes and marks */
                body: {
                  content: (
                    | {
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'paragraph';
                      }
                    | {
                        attrs: {
                          level: 1 | 2 | 3;
                        };
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'heading';
                      }
                    | (
                        | {
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'bulletList';
                          }
                        | {
                            attrs?: {
                              start?: number;
                              type?: string | null;
                            };
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'orderedList';
                          }
                      )
                  )[];
                  /** @enum {string} */
                  type: 'doc';
                };
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                municipalityId: string | null;
                municipalityName: string | null;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
                updatedAt: string;
                version: number;
              }[];
              /** @enum {string} */
              status: 'open' | 'decided';
              /** Format: uuid */
              templateId: string;
              templateTitle: string;
              title: string;
              updatedAt: string;
              version: number;
              year: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/followup-cycles/{id}/municipalities/{organisationId}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          organisationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areas: {
                code: string;
                name: string;
              }[];
              canManage: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              decision: {
                /** Format: uuid */
                bodyId: string;
                bodyName: string;
                caseNumber: string | null;
                date: string;
                text: string;
              } | null;
              /** Format: uuid */
              id: string;
              jointValuation: string | null;
              jointValuationDate: string | null;
              milestones: {
                doneOn: string | null;
                dueDate: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind:
                  | 'reports_sent'
                  | 'questionnaire'
                  | 'compilation_shared'
                  | 'municipal_meetings'
                  | 'joint_valuation'
                  | 'council_decision';
                lastRemindedAt: string | null;
                note: string | null;
                overdue: boolean;
                /** Format: uuid */
                ownerBodyId: string | null;
                ownerBodyName: string | null;
                ownerName: string | null;
                /** Format: uuid */
                ownerPersonId: string | null;
                remindersSent: number;
                /** @enum {string} */
                status: 'planned' | 'in_progress' | 'done';
                version: number;
              }[];
              municipalities: {
                /** Format: uuid */
                agreementId: string;
                areas: {
                  areaCode: string;
                  comment: string | null;
                  /** @enum {string|null} */
                  rating: 'satisfied' | 'mostly_satisfied' | 'not_quite_satisfied' | 'dissatisfied' | null;
                }[];
                contactEmail: string | null;
                contactName: string | null;
                editable: boolean;
                meetingDate: string | null;
                notes: string | null;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                participants: string | null;
                /** @enum {string} */
                status: 'not_started' | 'draft' | 'submitted';
                submittedAt: string | null;
                version: number | null;
              }[];
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              periodEnd: string;
              periodStart: string;
              /** Format: uuid */
              questionnaireId: string | null;
              questionnaireStatus: string | null;
              questionnaireTitle: {
                en: string;
                sv: string;
              } | null;
              recommendedChanges: string | null;
              reports: {
                areaCode: string;
                areaName: string;
                /** @description Rich text: a ProseMirror (Tiptap) document of the allowed nodes and marks */
                body: {
                  content: (
                    | {
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'paragraph';
                      }
                    | {
                        attrs: {
                          level: 1 | 2 | 3;
                        };
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'heading';
                      }
                    | (
                        | {
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'bulletList';
                          }
                        | {
                            attrs?: {
                              start?: number;
                              type?: string | null;
                            };
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'orderedList';
                          }
                      )
                  )[];
                  /** @enum {string} */
                  type: 'doc';
                };
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                municipalityId: string | null;
                municipalityName: string | null;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
                updatedAt: string;
                version: number;
              }[];
              /** @enum {string} */
              status: 'open' | 'decided';
              /** Format: uuid */
              templateId: string;
              templateTitle: string;
              title: string;
              updatedAt: string;
              version: number;
              year: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/followup-cycles/{id}/publish-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areas: {
                code: string;
                name: string;
              }[];
              canManage: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              decision: {
                /** Format: uuid */
                bodyId: string;
                bodyName: string;
                caseNumber: string | null;
                date: string;
                text: string;
              } | null;
              /** Format: uuid */
              id: string;
              jointValuation: string | null;
              jointValuationDate: string | null;
              milestones: {
                doneOn: string | null;
                dueDate: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind:
                  | 'reports_sent'
                  | 'questionnaire'
                  | 'compilation_shared'
                  | 'municipal_meetings'
                  | 'joint_valuation'
                  | 'council_decision';
                lastRemindedAt: string | null;
                note: string | null;
                overdue: boolean;
                /** Format: uuid */
                ownerBodyId: string | null;
                ownerBodyName: string | null;
                ownerName: string | null;
                /** Format: uuid */
                ownerPersonId: string | null;
                remindersSent: number;
                /** @enum {string} */
                status: 'planned' | 'in_progress' | 'done';
                version: number;
              }[];
              municipalities: {
                /** Format: uuid */
                agreementId: string;
                areas: {
                  areaCode: string;
                  comment: string | null;
                  /** @enum {string|null} */
                  rating: 'satisfied' | 'mostly_satisfied' | 'not_quite_satisfied' | 'dissatisfied' | null;
                }[];
                contactEmail: string | null;
                contactName: string | null;
                editable: boolean;
                meetingDate: string | null;
                notes: string | null;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                participants: string | null;
                /** @enum {string} */
                status: 'not_started' | 'draft' | 'submitted';
                submittedAt: string | null;
                version: number | null;
              }[];
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              periodEnd: string;
              periodStart: string;
              /** Format: uuid */
              questionnaireId: string | null;
              questionnaireStatus: string | null;
              questionnaireTitle: {
                en: string;
                sv: string;
              } | null;
              recommendedChanges: string | null;
              reports: {
                areaCode: string;
                areaName: string;
                /** @description Rich text: a ProseMirror (Tiptap) document of the allowed nodes and marks */
                body: {
                  content: (
                    | {
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'paragraph';
                      }
                    | {
                        attrs: {
                          level: 1 | 2 | 3;
                        };
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'heading';
                      }
                    | (
                        | {
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'bulletList';
                          }
                        | {
                            attrs?: {
                              start?: number;
                              type?: string | null;
                            };
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'orderedList';
                          }
                      )
                  )[];
                  /** @enum {string} */
                  type: 'doc';
                };
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                municipalityId: string | null;
                municipalityName: string | null;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
                updatedAt: string;
                version: number;
              }[];
              /** @enum {string} */
              status: 'open' | 'decided';
              /** Format: uuid */
              templateId: string;
              templateTitle: string;
              title: string;
              updatedAt: string;
              version: number;
              year: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/followup-cycles/{id}/questionnaire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                /** Format: uuid */
                questionnaireId: string;
                version: number;
              }
            | {
                /** @default false */
                anonymous?: boolean;
                /** Format: date */
                closesAt: string;
                /** Format: date */
                opensAt: string;
                version: number;
              };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areas: {
                code: string;
                name: string;
              }[];
              canManage: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              decision: {
                /** Format: uuid */
                bodyId: string;
                bodyName: string;
                caseNumber: string | null;
                date: string;
                text: string;
              } | null;
              /** Format: uuid */
              id: string;
              jointValuation: string | null;
              jointValuationDate: string | null;
              milestones: {
                doneOn: string | null;
                dueDate: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind:
                  | 'reports_sent'
                  | 'questionnaire'
                  | 'compilation_shared'
                  | 'municipal_meetings'
                  | 'joint_valuation'
                  | 'council_decision';
                lastRemindedAt: string | null;
                note: string | null;
                overdue: boolean;
                /** Format: uuid */
                ownerBodyId: string | null;
                ownerBodyName: string | null;
                ownerName: string | null;
                /** Format: uuid */
                ownerPersonId: string | null;
                remindersSent: number;
                /** @enum {string} */
                status: 'planned' | 'in_progress' | 'done';
                version: number;
              }[];
              municipalities: {
                /** Format: uuid */
                agreementId: string;
                areas: {
                  areaCode: string;
                  comment: string | null;
                  /** @enum {string|null} */
                  rating: 'satisfied' | 'mostly_satisfied' | 'not_quite_satisfied' | 'dissatisfied' | null;
                }[];
                contactEmail: string | null;
                contactName: string | null;
                editable: boolean;
                meetingDate: string | null;
                notes: string | null;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                participants: string | null;
                /** @enum {string} */
                status: 'not_started' | 'draft' | 'submitted';
                submittedAt: string | null;
                version: number | null;
              }[];
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              periodEnd: string;
              periodStart: string;
              /** Format: uuid */
              questionnaireId: string | null;
              questionnaireStatus: string | null;
              questionnaireTitle: {
                en: string;
                sv: string;
              } | null;
              recommendedChanges: string | null;
              reports: {
                areaCode: string;
                areaName: string;
                /** @description Rich text: a ProseMirror (Tiptap) document of the allowed nodes and marks */
                body: {
                  content: (
                    | {
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'paragraph';
                      }
                    | {
                        attrs: {
                          level: 1 | 2 | 3;
                        };
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'heading';
                      }
                    | (
                        | {
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'bulletList';
                          }
                        | {
                            attrs?: {
                              start?: number;
                              type?: string | null;
                            };
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'orderedList';
                          }
                      )
                  )[];
                  /** @enum {string} */
                  type: 'doc';
                };
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                municipalityId: string | null;
                municipalityName: string | null;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
                updatedAt: string;
                version: number;
              }[];
              /** @enum {string} */
              status: 'open' | 'decided';
              /** Format: uuid */
              templateId: string;
              templateTitle: string;
              title: string;
              updatedAt: string;
              version: number;
              year: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/followup-cycles/{id}/report.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          lang?: 'sv' | 'en';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/followup-cycles/{id}/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          lang?: 'sv' | 'en';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/followup-cycles/{id}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            areaCode: string;
            /** @description Rich text: a ProseMirror (Tiptap) document of the allowed nodes and marks */
            body: {
              content: (
                | {
                    content?: (
                      | {
                          marks?: (
                            | {
                                /** @enum {string} */
                                type: 'bold';
                              }
                            | {
                                /** @enum {string} */
                                type: 'italic';
                              }
                          )[];
                          text: string;
                          /** @enum {string} */
                          type: 'text';
                        }
                      | {
                          /** @enum {string} */
                          type: 'hardBreak';
                        }
                    )[];
                    /** @enum {string} */
                    type: 'paragraph';
                  }
                | {
                    attrs: {
                      level: 1 | 2 | 3;
                    };
                    content?: (
                      | {
                          marks?: (
                            | {
                                /** @enum {string} */
                                type: 'bold';
                              }
                            | {
                                /** @enum {string} */
                                type: 'italic';
                              }
                          )[];
                          text: string;
                          /** @enum {string} */
                          type: 'text';
                        }
                      | {
                          /** @enum {string} */
                          type: 'hardBreak';
                        }
                    )[];
                    /** @enum {string} */
                    type: 'heading';
                  }
                | (
                    | {
                        content: {
                          content: (
                            | {
                                content?: (
                                  | {
                                      marks?: (
                                        | {
                                            /** @enum {string} */
                                            type: 'bold';
                                          }
                                        | {
                                            /** @enum {string} */
                                            type: 'italic';
                                          }
                                      )[];
                                      text: string;
                                      /** @enum {string} */
                                      type: 'text';
                                    }
                                  | {
                                      /** @enum {string} */
                                      type: 'hardBreak';
                                    }
                                )[];
                                /** @enum {string} */
                                type: 'paragraph';
                              }
                            | (
                                | {
                                    content: {
                                      content: (
                                        | {
                                            content?: (
                                              | {
                                                  marks?: (
                                                    | {
                                                        /** @enum {string} */
                                                        type: 'bold';
                                                      }
                                                    | {
                                                        /** @enum {string} */
                                                        type: 'italic';
                                                      }
                                                  )[];
                                                  text: string;
                                                  /** @enum {string} */
                                                  type: 'text';
                                                }
                                              | {
                                                  /** @enum {string} */
                                                  type: 'hardBreak';
                                                }
                                            )[];
                                            /** @enum {string} */
                                            type: 'paragraph';
                                          }
                                        | (
                                            | {
                                                content: {
                                                  content: (
                                                    | {
                                                        content?: (
                                                          | {
                                                              marks?: (
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'bold';
                                                                  }
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'italic';
                                                                  }
                                                              )[];
                                                              text: string;
                                                              /** @enum {string} */
                                                              type: 'text';
                                                            }
                                                          | {
                                                              /** @enum {string} */
                                                              type: 'hardBreak';
                                                            }
                                                        )[];
                                                        /** @enum {string} */
                                                        type: 'paragraph';
                                                      }
                                                    | unknown
                                                  )[];
                                                  /** @enum {string} */
                                                  type: 'listItem';
                                                }[];
                                                /** @enum {string} */
                                                type: 'bulletList';
                                              }
                                            | {
                                                attrs?: {
                                                  start?: number;
                                                  type?: string | null;
                                                };
                                                content: {
                                                  content: (
                                                    | {
                                                        content?: (
                                                          | {
                                                              marks?: (
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'bold';
                                                                  }
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'italic';
                                                                  }
                                                              )[];
                                                              text: string;
                                                              /** @enum {string} */
                                                              type: 'text';
                                                            }
                                                          | {
                                                              /** @enum {string} */
                                                              type: 'hardBreak';
                                                            }
                                                        )[];
                                                        /** @enum {string} */
                                                        type: 'paragraph';
                                                      }
                                                    | unknown
                                                  )[];
                                                  /** @enum {string} */
                                                  type: 'listItem';
                                                }[];
                                                /** @enum {string} */
                                                type: 'orderedList';
                                              }
                                          )
                                      )[];
                                      /** @enum {string} */
                                      type: 'listItem';
                                    }[];
                                    /** @enum {string} */
                                    type: 'bulletList';
                                  }
                                | {
                                    attrs?: {
                                      start?: number;
                                      type?: string | null;
                                    };
                                    content: {
                                      content: (
                                        | {
                                            content?: (
                                              | {
                                                  marks?: (
                                                    | {
                                                        /** @enum {string} */
                                                        type: 'bold';
                                                      }
                                                    | {
                                                        /** @enum {string} */
                                                        type: 'italic';
                                                      }
                                                  )[];
                                                  text: string;
                                                  /** @enum {string} */
                                                  type: 'text';
                                                }
                                              | {
                                                  /** @enum {string} */
                                                  type: 'hardBreak';
                                                }
                                            )[];
                                            /** @enum {string} */
                                            type: 'paragraph';
                                          }
                                        | (
                                            | {
                                                content: {
                                                  content: (
                                                    | {
                                                        content?: (
                                                          | {
                                                              marks?: (
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'bold';
                                                                  }
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'italic';
                                                                  }
                                                              )[];
                                                              text: string;
                                                              /** @enum {string} */
                                                              type: 'text';
                                                            }
                                                          | {
                                                              /** @enum {string} */
                                                              type: 'hardBreak';
                                                            }
                                                        )[];
                                                        /** @enum {string} */
                                                        type: 'paragraph';
                                                      }
                                                    | unknown
                                                  )[];
                                                  /** @enum {string} */
                                                  type: 'listItem';
                                                }[];
                                                /** @enum {string} */
                                                type: 'bulletList';
                                              }
                                            | {
                                                attrs?: {
                                                  start?: number;
                                                  type?: string | null;
                                                };
                                                content: {
                                                  content: (
                                                    | {
                                                        content?: (
                                                          | {
                                                              marks?: (
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'bold';
                                                                  }
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'italic';
                                                                  }
                                                              )[];
                                                              text: string;
                                                              /** @enum {string} */
                                                              type: 'text';
                                                            }
                                                          | {
                                                              /** @enum {string} */
                                                              type: 'hardBreak';
                                                            }
                                                        )[];
                                                        /** @enum {string} */
                                                        type: 'paragraph';
                                                      }
                                                    | unknown
                                                  )[];
                                                  /** @enum {string} */
                                                  type: 'listItem';
                                                }[];
                                                /** @enum {string} */
                                                type: 'orderedList';
                                              }
                                          )
                                      )[];
                                      /** @enum {string} */
                                      type: 'listItem';
                                    }[];
                                    /** @enum {string} */
                                    type: 'orderedList';
                                  }
                              )
                          )[];
                          /** @enum {string} */
                          type: 'listItem';
                        }[];
                        /** @enum {string} */
                        type: 'bulletList';
                      }
                    | {
                        attrs?: {
                          start?: number;
                          type?: string | null;
                        };
                        content: {
                          content: (
                            | {
                                content?: (
                                  | {
                                      marks?: (
                                        | {
                                            /** @enum {string} */
                                            type: 'bold';
                                          }
                                        | {
                                            /** @enum {string} */
                                            type: 'italic';
                                          }
                                      )[];
                                      text: string;
                                      /** @enum {string} */
                                      type: 'text';
                                    }
                                  | {
                                      /** @enum {string} */
                                      type: 'hardBreak';
                                    }
                                )[];
                                /** @enum {string} */
                                type: 'paragraph';
                              }
                            | (
                                | {
                                    content: {
                                      content: (
                                        | {
                                            content?: (
                                              | {
                                                  marks?: (
                                                    | {
                                                        /** @enum {string} */
                                                        type: 'bold';
                                                      }
                                                    | {
                                                        /** @enum {string} */
                                                        type: 'italic';
                                                      }
                                                  )[];
                                                  text: string;
                                                  /** @enum {string} */
                                                  type: 'text';
                                                }
                                              | {
                                                  /** @enum {string} */
                                                  type: 'hardBreak';
                                                }
                                            )[];
                                            /** @enum {string} */
                                            type: 'paragraph';
                                          }
                                        | (
                                            | {
                                                content: {
                                                  content: (
                                                    | {
                                                        content?: (
                                                          | {
                                                              marks?: (
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'bold';
                                                                  }
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'italic';
                                                                  }
                                                              )[];
                                                              text: string;
                                                              /** @enum {string} */
                                                              type: 'text';
                                                            }
                                                          | {
                                                              /** @enum {string} */
                                                              type: 'hardBreak';
                                                            }
                                                        )[];
                                                        /** @enum {string} */
                                                        type: 'paragraph';
                                                      }
                                                    | unknown
                                                  )[];
                                                  /** @enum {string} */
                                                  type: 'listItem';
                                                }[];
                                                /** @enum {string} */
                                                type: 'bulletList';
                                              }
                                            | {
                                                attrs?: {
                                                  start?: number;
                                                  type?: string | null;
                                                };
                                                content: {
                                                  content: (
                                                    | {
                                                        content?: (
                                                          | {
                                                              marks?: (
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'bold';
                                                                  }
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'italic';
                                                                  }
                                                              )[];
                                                              text: string;
                                                              /** @enum {string} */
                                                              type: 'text';
                                                            }
                                                          | {
                                                              /** @enum {string} */
                                                              type: 'hardBreak';
                                                            }
                                                        )[];
                                                        /** @enum {string} */
                                                        type: 'paragraph';
                                                      }
                                                    | unknown
                                                  )[];
                                                  /** @enum {string} */
                                                  type: 'listItem';
                                                }[];
                                                /** @enum {string} */
                                                type: 'orderedList';
                                              }
                                          )
                                      )[];
                                      /** @enum {string} */
                                      type: 'listItem';
                                    }[];
                                    /** @enum {string} */
                                    type: 'bulletList';
                                  }
                                | {
                                    attrs?: {
                                      start?: number;
                                      type?: string | null;
                                    };
                                    content: {
                                      content: (
                                        | {
                                            content?: (
                                              | {
                                                  marks?: (
                                                    | {
                                                        /** @enum {string} */
                                                        type: 'bold';
                                                      }
                                                    | {
                                                        /** @enum {string} */
                                                        type: 'italic';
                                                      }
                                                  )[];
                                                  text: string;
                                                  /** @enum {string} */
                                                  type: 'text';
                                                }
                                              | {
                                                  /** @enum {string} */
                                                  type: 'hardBreak';
                                                }
                                            )[];
                                            /** @enum {string} */
                                            type: 'paragraph';
                                          }
                                        | (
                                            | {
                                                content: {
                                                  content: (
                                                    | {
                                                        content?: (
                                                          | {
                                                              marks?: (
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'bold';
                                                                  }
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'italic';
                                                                  }
                                                              )[];
                                                              text: string;
                                                              /** @enum {string} */
                                                              type: 'text';
                                                            }
                                                          | {
                                                              /** @enum {string} */
                                                              type: 'hardBreak';
                                                            }
                                                        )[];
                                                        /** @enum {string} */
                                                        type: 'paragraph';
                                                      }
                                                    | unknown
                                                  )[];
                                                  /** @enum {string} */
                                                  type: 'listItem';
                                                }[];
                                                /** @enum {string} */
                                                type: 'bulletList';
                                              }
                                            | {
                                                attrs?: {
                                                  start?: number;
                                                  type?: string | null;
                                                };
                                                content: {
                                                  content: (
                                                    | {
                                                        content?: (
                                                          | {
                                                              marks?: (
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'bold';
                                                                  }
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'italic';
                                                                  }
                                                              )[];
                                                              text: string;
                                                              /** @enum {string} */
                                                              type: 'text';
                                                            }
                                                          | {
                                                              /** @enum {string} */
                                                              type: 'hardBreak';
                                                            }
                                                        )[];
                                                        /** @enum {string} */
                                                        type: 'paragraph';
                                                      }
                                                    | unknown
                                                  )[];
                                                  /** @enum {string} */
                                                  type: 'listItem';
                                                }[];
                                                /** @enum {string} */
                                                type: 'orderedList';
                                              }
                                          )
                                      )[];
                                      /** @enum {string} */
                                      type: 'listItem';
                                    }[];
                                    /** @enum {string} */
                                    type: 'orderedList';
                                  }
                              )
                          )[];
                          /** @enum {string} */
                          type: 'listItem';
                        }[];
                        /** @enum {string} */
                        type: 'orderedList';
                      }
                  )
              )[];
              /** @enum {string} */
              type: 'doc';
            };
            /**
             * Format: uuid
             * @default null
             */
            municipalityId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areas: {
                code: string;
                name: string;
              }[];
              canManage: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              decision: {
                /** Format: uuid */
                bodyId: string;
                bodyName: string;
                caseNumber: string | null;
                date: string;
                text: string;
              } | null;
              /** Format: uuid */
              id: string;
              jointValuation: string | null;
              jointValuationDate: string | null;
              milestones: {
                doneOn: string | null;
                dueDate: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind:
                  | 'reports_sent'
                  | 'questionnaire'
                  | 'compilation_shared'
                  | 'municipal_meetings'
                  | 'joint_valuation'
                  | 'council_decision';
                lastRemindedAt: string | null;
                note: string | null;
                overdue: boolean;
                /** Format: uuid */
                ownerBodyId: string | null;
                ownerBodyName: string | null;
                ownerName: string | null;
                /** Format: uuid */
                ownerPersonId: string | null;
                remindersSent: number;
                /** @enum {string} */
                status: 'planned' | 'in_progress' | 'done';
                version: number;
              }[];
              municipalities: {
                /** Format: uuid */
                agreementId: string;
                areas: {
                  areaCode: string;
                  comment: string | null;
                  /** @enum {string|null} */
                  rating: 'satisfied' | 'mostly_satisfied' | 'not_quite_satisfied' | 'dissatisfied' | null;
                }[];
                contactEmail: string | null;
                contactName: string | null;
                editable: boolean;
                meetingDate: string | null;
                notes: string | null;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                participants: string | null;
                /** @enum {string} */
                status: 'not_started' | 'draft' | 'submitted';
                submittedAt: string | null;
                version: number | null;
              }[];
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              periodEnd: string;
              periodStart: string;
              /** Format: uuid */
              questionnaireId: string | null;
              questionnaireStatus: string | null;
              questionnaireTitle: {
                en: string;
                sv: string;
              } | null;
              recommendedChanges: string | null;
              reports: {
                areaCode: string;
                areaName: string;
                /** @description Rich text: a ProseMirror (Tiptap) document of the allowed nodes and marks */
                body: {
                  content: (
                    | {
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'paragraph';
                      }
                    | {
                        attrs: {
                          level: 1 | 2 | 3;
                        };
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'heading';
                      }
                    | (
                        | {
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'bulletList';
                          }
                        | {
                            attrs?: {
                              start?: number;
                              type?: string | null;
                            };
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'orderedList';
                          }
                      )
                  )[];
                  /** @enum {string} */
                  type: 'doc';
                };
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                municipalityId: string | null;
                municipalityName: string | null;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
                updatedAt: string;
                version: number;
              }[];
              /** @enum {string} */
              status: 'open' | 'decided';
              /** Format: uuid */
              templateId: string;
              templateTitle: string;
              title: string;
              updatedAt: string;
              version: number;
              year: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/followup-cycles/{id}/reports/{reportId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          reportId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Rich text: a ProseMirror (Tiptap) document of the allowed nodes and marks */
            body: {
              content: (
                | {
                    content?: (
                      | {
                          marks?: (
                            | {
                                /** @enum {string} */
                                type: 'bold';
                              }
                            | {
                                /** @enum {string} */
                                type: 'italic';
                              }
                          )[];
                          text: string;
                          /** @enum {string} */
                          type: 'text';
                        }
                      | {
                          /** @enum {string} */
                          type: 'hardBreak';
                        }
                    )[];
                    /** @enum {string} */
                    type: 'paragraph';
                  }
                | {
                    attrs: {
                      level: 1 | 2 | 3;
                    };
                    content?: (
                      | {
                          marks?: (
                            | {
                                /** @enum {string} */
                                type: 'bold';
                              }
                            | {
                                /** @enum {string} */
                                type: 'italic';
                              }
                          )[];
                          text: string;
                          /** @enum {string} */
                          type: 'text';
                        }
                      | {
                          /** @enum {string} */
                          type: 'hardBreak';
                        }
                    )[];
                    /** @enum {string} */
                    type: 'heading';
                  }
                | (
                    | {
                        content: {
                          content: (
                            | {
                                content?: (
                                  | {
                                      marks?: (
                                        | {
                                            /** @enum {string} */
                                            type: 'bold';
                                          }
                                        | {
                                            /** @enum {string} */
                                            type: 'italic';
                                          }
                                      )[];
                                      text: string;
                                      /** @enum {string} */
                                      type: 'text';
                                    }
                                  | {
                                      /** @enum {string} */
                                      type: 'hardBreak';
                                    }
                                )[];
                                /** @enum {string} */
                                type: 'paragraph';
                              }
                            | (
                                | {
                                    content: {
                                      content: (
                                        | {
                                            content?: (
                                              | {
                                                  marks?: (
                                                    | {
                                                        /** @enum {string} */
                                                        type: 'bold';
                                                      }
                                                    | {
                                                        /** @enum {string} */
                                                        type: 'italic';
                                                      }
                                                  )[];
                                                  text: string;
                                                  /** @enum {string} */
                                                  type: 'text';
                                                }
                                              | {
                                                  /** @enum {string} */
                                                  type: 'hardBreak';
                                                }
                                            )[];
                                            /** @enum {string} */
                                            type: 'paragraph';
                                          }
                                        | (
                                            | {
                                                content: {
                                                  content: (
                                                    | {
                                                        content?: (
                                                          | {
                                                              marks?: (
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'bold';
                                                                  }
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'italic';
                                                                  }
                                                              )[];
                                                              text: string;
                                                              /** @enum {string} */
                                                              type: 'text';
                                                            }
                                                          | {
                                                              /** @enum {string} */
                                                              type: 'hardBreak';
                                                            }
                                                        )[];
                                                        /** @enum {string} */
                                                        type: 'paragraph';
                                                      }
                                                    | unknown
                                                  )[];
                                                  /** @enum {string} */
                                                  type: 'listItem';
                                                }[];
                                                /** @enum {string} */
                                                type: 'bulletList';
                                              }
                                            | {
                                                attrs?: {
                                                  start?: number;
                                                  type?: string | null;
                                                };
                                                content: {
                                                  content: (
                                                    | {
                                                        content?: (
                                                          | {
                                                              marks?: (
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'bold';
                                                                  }
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'italic';
                                                                  }
                                                              )[];
                                                              text: string;
                                                              /** @enum {string} */
                                                              type: 'text';
                                                            }
                                                          | {
                                                              /** @enum {string} */
                                                              type: 'hardBreak';
                                                            }
                                                        )[];
                                                        /** @enum {string} */
                                                        type: 'paragraph';
                                                      }
                                                    | unknown
                                                  )[];
                                                  /** @enum {string} */
                                                  type: 'listItem';
                                                }[];
                                                /** @enum {string} */
                                                type: 'orderedList';
                                              }
                                          )
                                      )[];
                                      /** @enum {string} */
                                      type: 'listItem';
                                    }[];
                                    /** @enum {string} */
                                    type: 'bulletList';
                                  }
                                | {
                                    attrs?: {
                                      start?: number;
                                      type?: string | null;
                                    };
                                    content: {
                                      content: (
                                        | {
                                            content?: (
                                              | {
                                                  marks?: (
                                                    | {
                                                        /** @enum {string} */
                                                        type: 'bold';
                                                      }
                                                    | {
                                                        /** @enum {string} */
                                                        type: 'italic';
                                                      }
                                                  )[];
                                                  text: string;
                                                  /** @enum {string} */
                                                  type: 'text';
                                                }
                                              | {
                                                  /** @enum {string} */
                                                  type: 'hardBreak';
                                                }
                                            )[];
                                            /** @enum {string} */
                                            type: 'paragraph';
                                          }
                                        | (
                                            | {
                                                content: {
                                                  content: (
                                                    | {
                                                        content?: (
                                                          | {
                                                              marks?: (
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'bold';
                                                                  }
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'italic';
                                                                  }
                                                              )[];
                                                              text: string;
                                                              /** @enum {string} */
                                                              type: 'text';
                                                            }
                                                          | {
                                                              /** @enum {string} */
                                                              type: 'hardBreak';
                                                            }
                                                        )[];
                                                        /** @enum {string} */
                                                        type: 'paragraph';
                                                      }
                                                    | unknown
                                                  )[];
                                                  /** @enum {string} */
                                                  type: 'listItem';
                                                }[];
                                                /** @enum {string} */
                                                type: 'bulletList';
                                              }
                                            | {
                                                attrs?: {
                                                  start?: number;
                                                  type?: string | null;
                                                };
                                                content: {
                                                  content: (
                                                    | {
                                                        content?: (
                                                          | {
                                                              marks?: (
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'bold';
                                                                  }
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'italic';
                                                                  }
                                                              )[];
                                                              text: string;
                                                              /** @enum {string} */
                                                              type: 'text';
                                                            }
                                                          | {
                                                              /** @enum {string} */
                                                              type: 'hardBreak';
                                                            }
                                                        )[];
                                                        /** @enum {string} */
                                                        type: 'paragraph';
                                                      }
                                                    | unknown
                                                  )[];
                                                  /** @enum {string} */
                                                  type: 'listItem';
                                                }[];
                                                /** @enum {string} */
                                                type: 'orderedList';
                                              }
                                          )
                                      )[];
                                      /** @enum {string} */
                                      type: 'listItem';
                                    }[];
                                    /** @enum {string} */
                                    type: 'orderedList';
                                  }
                              )
                          )[];
                          /** @enum {string} */
                          type: 'listItem';
                        }[];
                        /** @enum {string} */
                        type: 'bulletList';
                      }
                    | {
                        attrs?: {
                          start?: number;
                          type?: string | null;
                        };
                        content: {
                          content: (
                            | {
                                content?: (
                                  | {
                                      marks?: (
                                        | {
                                            /** @enum {string} */
                                            type: 'bold';
                                          }
                                        | {
                                            /** @enum {string} */
                                            type: 'italic';
                                          }
                                      )[];
                                      text: string;
                                      /** @enum {string} */
                                      type: 'text';
                                    }
                                  | {
                                      /** @enum {string} */
                                      type: 'hardBreak';
                                    }
                                )[];
                                /** @enum {string} */
                                type: 'paragraph';
                              }
                            | (
                                | {
                                    content: {
                                      content: (
                                        | {
                                            content?: (
                                              | {
                                                  marks?: (
                                                    | {
                                                        /** @enum {string} */
                                                        type: 'bold';
                                                      }
                                                    | {
                                                        /** @enum {string} */
                                                        type: 'italic';
                                                      }
                                                  )[];
                                                  text: string;
                                                  /** @enum {string} */
                                                  type: 'text';
                                                }
                                              | {
                                                  /** @enum {string} */
                                                  type: 'hardBreak';
                                                }
                                            )[];
                                            /** @enum {string} */
                                            type: 'paragraph';
                                          }
                                        | (
                                            | {
                                                content: {
                                                  content: (
                                                    | {
                                                        content?: (
                                                          | {
                                                              marks?: (
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'bold';
                                                                  }
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'italic';
                                                                  }
                                                              )[];
                                                              text: string;
                                                              /** @enum {string} */
                                                              type: 'text';
                                                            }
                                                          | {
                                                              /** @enum {string} */
                                                              type: 'hardBreak';
                                                            }
                                                        )[];
                                                        /** @enum {string} */
                                                        type: 'paragraph';
                                                      }
                                                    | unknown
                                                  )[];
                                                  /** @enum {string} */
                                                  type: 'listItem';
                                                }[];
                                                /** @enum {string} */
                                                type: 'bulletList';
                                              }
                                            | {
                                                attrs?: {
                                                  start?: number;
                                                  type?: string | null;
                                                };
                                                content: {
                                                  content: (
                                                    | {
                                                        content?: (
                                                          | {
                                                              marks?: (
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'bold';
                                                                  }
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'italic';
                                                                  }
                                                              )[];
                                                              text: string;
                                                              /** @enum {string} */
                                                              type: 'text';
                                                            }
                                                          | {
                                                              /** @enum {string} */
                                                              type: 'hardBreak';
                                                            }
                                                        )[];
                                                        /** @enum {string} */
                                                        type: 'paragraph';
                                                      }
                                                    | unknown
                                                  )[];
                                                  /** @enum {string} */
                                                  type: 'listItem';
                                                }[];
                                                /** @enum {string} */
                                                type: 'orderedList';
                                              }
                                          )
                                      )[];
                                      /** @enum {string} */
                                      type: 'listItem';
                                    }[];
                                    /** @enum {string} */
                                    type: 'bulletList';
                                  }
                                | {
                                    attrs?: {
                                      start?: number;
                                      type?: string | null;
                                    };
                                    content: {
                                      content: (
                                        | {
                                            content?: (
                                              | {
                                                  marks?: (
                                                    | {
                                                        /** @enum {string} */
                                                        type: 'bold';
                                                      }
                                                    | {
                                                        /** @enum {string} */
                                                        type: 'italic';
                                                      }
                                                  )[];
                                                  text: string;
                                                  /** @enum {string} */
                                                  type: 'text';
                                                }
                                              | {
                                                  /** @enum {string} */
                                                  type: 'hardBreak';
                                                }
                                            )[];
                                            /** @enum {string} */
                                            type: 'paragraph';
                                          }
                                        | (
                                            | {
                                                content: {
                                                  content: (
                                                    | {
                                                        content?: (
                                                          | {
                                                              marks?: (
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'bold';
                                                                  }
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'italic';
                                                                  }
                                                              )[];
                                                              text: string;
                                                              /** @enum {string} */
                                                              type: 'text';
                                                            }
                                                          | {
                                                              /** @enum {string} */
                                                              type: 'hardBreak';
                                                            }
                                                        )[];
                                                        /** @enum {string} */
                                                        type: 'paragraph';
                                                      }
                                                    | unknown
                                                  )[];
                                                  /** @enum {string} */
                                                  type: 'listItem';
                                                }[];
                                                /** @enum {string} */
                                                type: 'bulletList';
                                              }
                                            | {
                                                attrs?: {
                                                  start?: number;
                                                  type?: string | null;
                                                };
                                                content: {
                                                  content: (
                                                    | {
                                                        content?: (
                                                          | {
                                                              marks?: (
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'bold';
                                                                  }
                                                                | {
                                                                    /** @enum {string} */
                                                                    type: 'italic';
                                                                  }
                                                              )[];
                                                              text: string;
                                                              /** @enum {string} */
                                                              type: 'text';
                                                            }
                                                          | {
                                                              /** @enum {string} */
                                                              type: 'hardBreak';
                                                            }
                                                        )[];
                                                        /** @enum {string} */
                                                        type: 'paragraph';
                                                      }
                                                    | unknown
                                                  )[];
                                                  /** @enum {string} */
                                                  type: 'listItem';
                                                }[];
                                                /** @enum {string} */
                                                type: 'orderedList';
                                              }
                                          )
                                      )[];
                                      /** @enum {string} */
                                      type: 'listItem';
                                    }[];
                                    /** @enum {string} */
                                    type: 'orderedList';
                                  }
                              )
                          )[];
                          /** @enum {string} */
                          type: 'listItem';
                        }[];
                        /** @enum {string} */
                        type: 'orderedList';
                      }
                  )
              )[];
              /** @enum {string} */
              type: 'doc';
            };
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areas: {
                code: string;
                name: string;
              }[];
              canManage: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              decision: {
                /** Format: uuid */
                bodyId: string;
                bodyName: string;
                caseNumber: string | null;
                date: string;
                text: string;
              } | null;
              /** Format: uuid */
              id: string;
              jointValuation: string | null;
              jointValuationDate: string | null;
              milestones: {
                doneOn: string | null;
                dueDate: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind:
                  | 'reports_sent'
                  | 'questionnaire'
                  | 'compilation_shared'
                  | 'municipal_meetings'
                  | 'joint_valuation'
                  | 'council_decision';
                lastRemindedAt: string | null;
                note: string | null;
                overdue: boolean;
                /** Format: uuid */
                ownerBodyId: string | null;
                ownerBodyName: string | null;
                ownerName: string | null;
                /** Format: uuid */
                ownerPersonId: string | null;
                remindersSent: number;
                /** @enum {string} */
                status: 'planned' | 'in_progress' | 'done';
                version: number;
              }[];
              municipalities: {
                /** Format: uuid */
                agreementId: string;
                areas: {
                  areaCode: string;
                  comment: string | null;
                  /** @enum {string|null} */
                  rating: 'satisfied' | 'mostly_satisfied' | 'not_quite_satisfied' | 'dissatisfied' | null;
                }[];
                contactEmail: string | null;
                contactName: string | null;
                editable: boolean;
                meetingDate: string | null;
                notes: string | null;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                participants: string | null;
                /** @enum {string} */
                status: 'not_started' | 'draft' | 'submitted';
                submittedAt: string | null;
                version: number | null;
              }[];
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              periodEnd: string;
              periodStart: string;
              /** Format: uuid */
              questionnaireId: string | null;
              questionnaireStatus: string | null;
              questionnaireTitle: {
                en: string;
                sv: string;
              } | null;
              recommendedChanges: string | null;
              reports: {
                areaCode: string;
                areaName: string;
                /** @description Rich text: a ProseMirror (Tiptap) document of the allowed nodes and marks */
                body: {
                  content: (
                    | {
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'paragraph';
                      }
                    | {
                        attrs: {
                          level: 1 | 2 | 3;
                        };
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'heading';
                      }
                    | (
                        | {
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'bulletList';
                          }
                        | {
                            attrs?: {
                              start?: number;
                              type?: string | null;
                            };
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'orderedList';
                          }
                      )
                  )[];
                  /** @enum {string} */
                  type: 'doc';
                };
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                municipalityId: string | null;
                municipalityName: string | null;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
                updatedAt: string;
                version: number;
              }[];
              /** @enum {string} */
              status: 'open' | 'decided';
              /** Format: uuid */
              templateId: string;
              templateTitle: string;
              title: string;
              updatedAt: string;
              version: number;
              year: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/followup-cycles/{id}/responses.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          lang?: 'sv' | 'en';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/followup-cycles/{id}/responses.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          lang?: 'sv' | 'en';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/followup-cycles/{id}/share-compilation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              areas: {
                code: string;
                name: string;
              }[];
              canManage: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              decision: {
                /** Format: uuid */
                bodyId: string;
                bodyName: string;
                caseNumber: string | null;
                date: string;
                text: string;
              } | null;
              /** Format: uuid */
              id: string;
              jointValuation: string | null;
              jointValuationDate: string | null;
              milestones: {
                doneOn: string | null;
                dueDate: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind:
                  | 'reports_sent'
                  | 'questionnaire'
                  | 'compilation_shared'
                  | 'municipal_meetings'
                  | 'joint_valuation'
                  | 'council_decision';
                lastRemindedAt: string | null;
                note: string | null;
                overdue: boolean;
                /** Format: uuid */
                ownerBodyId: string | null;
                ownerBodyName: string | null;
                ownerName: string | null;
                /** Format: uuid */
                ownerPersonId: string | null;
                remindersSent: number;
                /** @enum {string} */
                status: 'planned' | 'in_progress' | 'done';
                version: number;
              }[];
              municipalities: {
                /** Format: uuid */
                agreementId: string;
                areas: {
                  areaCode: string;
                  comment: string | null;
                  /** @enum {string|null} */
                  rating: 'satisfied' | 'mostly_satisfied' | 'not_quite_satisfied' | 'dissatisfied' | null;
                }[];
                contactEmail: string | null;
                contactName: string | null;
                editable: boolean;
                meetingDate: string | null;
                notes: string | null;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                participants: string | null;
                /** @enum {string} */
                status: 'not_started' | 'draft' | 'submitted';
                submittedAt: string | null;
                version: number | null;
              }[];
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              periodEnd: string;
              periodStart: string;
              /** Format: uuid */
              questionnaireId: string | null;
              questionnaireStatus: string | null;
              questionnaireTitle: {
                en: string;
                sv: string;
              } | null;
              recommendedChanges: string | null;
              reports: {
                areaCode: string;
                areaName: string;
                /** @description Rich text: a ProseMirror (Tiptap) document of the allowed nodes and marks */
                body: {
                  content: (
                    | {
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'paragraph';
                      }
                    | {
                        attrs: {
                          level: 1 | 2 | 3;
                        };
                        content?: (
                          | {
                              marks?: (
                                | {
                                    /** @enum {string} */
                                    type: 'bold';
                                  }
                                | {
                                    /** @enum {string} */
                                    type: 'italic';
                                  }
                              )[];
                              text: string;
                              /** @enum {string} */
                              type: 'text';
                            }
                          | {
                              /** @enum {string} */
                              type: 'hardBreak';
                            }
                        )[];
                        /** @enum {string} */
                        type: 'heading';
                      }
                    | (
                        | {
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'bulletList';
                          }
                        | {
                            attrs?: {
                              start?: number;
                              type?: string | null;
                            };
                            content: {
                              content: (
                                | {
                                    content?: (
                                      | {
                                          marks?: (
                                            | {
                                                /** @enum {string} */
                                                type: 'bold';
                                              }
                                            | {
                                                /** @enum {string} */
                                                type: 'italic';
                                              }
                                          )[];
                                          text: string;
                                          /** @enum {string} */
                                          type: 'text';
                                        }
                                      | {
                                          /** @enum {string} */
                                          type: 'hardBreak';
                                        }
                                    )[];
                                    /** @enum {string} */
                                    type: 'paragraph';
                                  }
                                | (
                                    | {
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'bulletList';
                                      }
                                    | {
                                        attrs?: {
                                          start?: number;
                                          type?: string | null;
                                        };
                                        content: {
                                          content: (
                                            | {
                                                content?: (
                                                  | {
                                                      marks?: (
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'bold';
                                                          }
                                                        | {
                                                            /** @enum {string} */
                                                            type: 'italic';
                                                          }
                                                      )[];
                                                      text: string;
                                                      /** @enum {string} */
                                                      type: 'text';
                                                    }
                                                  | {
                                                      /** @enum {string} */
                                                      type: 'hardBreak';
                                                    }
                                                )[];
                                                /** @enum {string} */
                                                type: 'paragraph';
                                              }
                                            | (
                                                | {
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'bulletList';
                                                  }
                                                | {
                                                    attrs?: {
                                                      start?: number;
                                                      type?: string | null;
                                                    };
                                                    content: {
                                                      content: (
                                                        | {
                                                            content?: (
                                                              | {
                                                                  marks?: (
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'bold';
                                                                      }
                                                                    | {
                                                                        /** @enum {string} */
                                                                        type: 'italic';
                                                                      }
                                                                  )[];
                                                                  text: string;
                                                                  /** @enum {string} */
                                                                  type: 'text';
                                                                }
                                                              | {
                                                                  /** @enum {string} */
                                                                  type: 'hardBreak';
                                                                }
                                                            )[];
                                                            /** @enum {string} */
                                                            type: 'paragraph';
                                                          }
                                                        | unknown
                                                      )[];
                                                      /** @enum {string} */
                                                      type: 'listItem';
                                                    }[];
                                                    /** @enum {string} */
                                                    type: 'orderedList';
                                                  }
                                              )
                                          )[];
                                          /** @enum {string} */
                                          type: 'listItem';
                                        }[];
                                        /** @enum {string} */
                                        type: 'orderedList';
                                      }
                                  )
                              )[];
                              /** @enum {string} */
                              type: 'listItem';
                            }[];
                            /** @enum {string} */
                            type: 'orderedList';
                          }
                      )
                  )[];
                  /** @enum {string} */
                  type: 'doc';
                };
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                municipalityId: string | null;
                municipalityName: string | null;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
                updatedAt: string;
                version: number;
              }[];
              /** @enum {string} */
              status: 'open' | 'decided';
              /** Format: uuid */
              templateId: string;
              templateTitle: string;
              title: string;
              updatedAt: string;
              version: number;
              year: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/frameworks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          kind?:
            | 'agenda2030'
            | 'environmental_objectives'
            | 'gender_equality'
            | 'public_health'
            | 'rus'
            | 'priority_areas'
            | 'other';
          limit?: number;
          offset?: number;
          q?: string;
          status?: 'active' | 'archived' | 'all';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              builtin: boolean;
              /** Format: uuid */
              countyId: string | null;
              createdAt: string;
              /** Format: uuid */
              currentVersionId: string | null;
              description: {
                en: string;
                sv: string;
              };
              /** Format: uuid */
              draftVersionId: string | null;
              /** Format: uuid */
              id: string;
              key: string;
              /** @enum {string} */
              kind:
                | 'agenda2030'
                | 'environmental_objectives'
                | 'gender_equality'
                | 'public_health'
                | 'rus'
                | 'priority_areas'
                | 'other';
              name: {
                en: string;
                sv: string;
              };
              /** Format: uuid */
              ownerOrganisationId: string | null;
              ownerOrganisationName: string | null;
              shared: boolean;
              source: {
                en: string;
                sv: string;
              };
              updatedAt: string;
              version: number;
              versions: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                itemCount: number;
                note: string | null;
                number: number;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
              }[];
            }[];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: {
              en: string;
              sv: string;
            };
            key: string;
            /** @enum {string} */
            kind:
              | 'agenda2030'
              | 'environmental_objectives'
              | 'gender_equality'
              | 'public_health'
              | 'rus'
              | 'priority_areas'
              | 'other';
            name: {
              en: string;
              sv: string;
            };
            /** Format: uuid */
            ownerOrganisationId?: string;
            /** @default false */
            shared?: boolean;
            source?: {
              en: string;
              sv: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              builtin: boolean;
              /** Format: uuid */
              countyId: string | null;
              createdAt: string;
              /** Format: uuid */
              currentVersionId: string | null;
              description: {
                en: string;
                sv: string;
              };
              /** Format: uuid */
              draftVersionId: string | null;
              /** Format: uuid */
              id: string;
              key: string;
              /** @enum {string} */
              kind:
                | 'agenda2030'
                | 'environmental_objectives'
                | 'gender_equality'
                | 'public_health'
                | 'rus'
                | 'priority_areas'
                | 'other';
              name: {
                en: string;
                sv: string;
              };
              /** Format: uuid */
              ownerOrganisationId: string | null;
              ownerOrganisationName: string | null;
              shared: boolean;
              source: {
                en: string;
                sv: string;
              };
              updatedAt: string;
              version: number;
              versions: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                itemCount: number;
                note: string | null;
                number: number;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/frameworks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              framework: {
                archived: boolean;
                builtin: boolean;
                /** Format: uuid */
                countyId: string | null;
                createdAt: string;
                /** Format: uuid */
                currentVersionId: string | null;
                description: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                draftVersionId: string | null;
                /** Format: uuid */
                id: string;
                key: string;
                /** @enum {string} */
                kind:
                  | 'agenda2030'
                  | 'environmental_objectives'
                  | 'gender_equality'
                  | 'public_health'
                  | 'rus'
                  | 'priority_areas'
                  | 'other';
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                ownerOrganisationId: string | null;
                ownerOrganisationName: string | null;
                shared: boolean;
                source: {
                  en: string;
                  sv: string;
                };
                updatedAt: string;
                version: number;
                versions: {
                  createdAt: string;
                  /** Format: uuid */
                  id: string;
                  itemCount: number;
                  note: string | null;
                  number: number;
                  publishedAt: string | null;
                  /** @enum {string} */
                  status: 'draft' | 'published';
                }[];
              };
              items: components['schemas']['FrameworkItem'][];
              version: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                itemCount: number;
                note: string | null;
                number: number;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: {
              en: string;
              sv: string;
            };
            name?: {
              en: string;
              sv: string;
            };
            shared?: boolean;
            source?: {
              en: string;
              sv: string;
            };
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              builtin: boolean;
              /** Format: uuid */
              countyId: string | null;
              createdAt: string;
              /** Format: uuid */
              currentVersionId: string | null;
              description: {
                en: string;
                sv: string;
              };
              /** Format: uuid */
              draftVersionId: string | null;
              /** Format: uuid */
              id: string;
              key: string;
              /** @enum {string} */
              kind:
                | 'agenda2030'
                | 'environmental_objectives'
                | 'gender_equality'
                | 'public_health'
                | 'rus'
                | 'priority_areas'
                | 'other';
              name: {
                en: string;
                sv: string;
              };
              /** Format: uuid */
              ownerOrganisationId: string | null;
              ownerOrganisationName: string | null;
              shared: boolean;
              source: {
                en: string;
                sv: string;
              };
              updatedAt: string;
              version: number;
              versions: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                itemCount: number;
                note: string | null;
                number: number;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
              }[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/frameworks/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              builtin: boolean;
              /** Format: uuid */
              countyId: string | null;
              createdAt: string;
              /** Format: uuid */
              currentVersionId: string | null;
              description: {
                en: string;
                sv: string;
              };
              /** Format: uuid */
              draftVersionId: string | null;
              /** Format: uuid */
              id: string;
              key: string;
              /** @enum {string} */
              kind:
                | 'agenda2030'
                | 'environmental_objectives'
                | 'gender_equality'
                | 'public_health'
                | 'rus'
                | 'priority_areas'
                | 'other';
              name: {
                en: string;
                sv: string;
              };
              /** Format: uuid */
              ownerOrganisationId: string | null;
              ownerOrganisationName: string | null;
              shared: boolean;
              source: {
                en: string;
                sv: string;
              };
              updatedAt: string;
              version: number;
              versions: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                itemCount: number;
                note: string | null;
                number: number;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/frameworks/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              action: string;
              actorName: string;
              after: {
                [key: string]: unknown;
              } | null;
              at: string;
              before: {
                [key: string]: unknown;
              } | null;
              entityId: string;
              entityType: string;
              id: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/frameworks/{id}/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: components['schemas']['FrameworkDraftItemInput'][];
            note?: string | null;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              builtin: boolean;
              /** Format: uuid */
              countyId: string | null;
              createdAt: string;
              /** Format: uuid */
              currentVersionId: string | null;
              description: {
                en: string;
                sv: string;
              };
              /** Format: uuid */
              draftVersionId: string | null;
              /** Format: uuid */
              id: string;
              key: string;
              /** @enum {string} */
              kind:
                | 'agenda2030'
                | 'environmental_objectives'
                | 'gender_equality'
                | 'public_health'
                | 'rus'
                | 'priority_areas'
                | 'other';
              name: {
                en: string;
                sv: string;
              };
              /** Format: uuid */
              ownerOrganisationId: string | null;
              ownerOrganisationName: string | null;
              shared: boolean;
              source: {
                en: string;
                sv: string;
              };
              updatedAt: string;
              version: number;
              versions: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                itemCount: number;
                note: string | null;
                number: number;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/frameworks/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          versionId?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              description?: {
                en: string;
                sv: string;
              };
              /** @enum {string} */
              format: 'samsyn.framework/v1';
              items: components['schemas']['FrameworkDraftItem'][];
              key: string;
              /** @enum {string} */
              kind:
                | 'agenda2030'
                | 'environmental_objectives'
                | 'gender_equality'
                | 'public_health'
                | 'rus'
                | 'priority_areas'
                | 'other';
              name: {
                en: string;
                sv: string;
              };
              source?: {
                en: string;
                sv: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/frameworks/{id}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          limit?: number;
          q: string;
          versionId?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              color: string | null;
              /** Format: uuid */
              frameworkId: string;
              /** Format: uuid */
              id: string;
              level: string;
              name: {
                en: string;
                sv: string;
              };
              parentCode: string | null;
              text: {
                en: string;
                sv: string;
              } | null;
              /** Format: uuid */
              versionId: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/frameworks/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string | null;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              builtin: boolean;
              /** Format: uuid */
              countyId: string | null;
              createdAt: string;
              /** Format: uuid */
              currentVersionId: string | null;
              description: {
                en: string;
                sv: string;
              };
              /** Format: uuid */
              draftVersionId: string | null;
              /** Format: uuid */
              id: string;
              key: string;
              /** @enum {string} */
              kind:
                | 'agenda2030'
                | 'environmental_objectives'
                | 'gender_equality'
                | 'public_health'
                | 'rus'
                | 'priority_areas'
                | 'other';
              name: {
                en: string;
                sv: string;
              };
              /** Format: uuid */
              ownerOrganisationId: string | null;
              ownerOrganisationName: string | null;
              shared: boolean;
              source: {
                en: string;
                sv: string;
              };
              updatedAt: string;
              version: number;
              versions: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                itemCount: number;
                note: string | null;
                number: number;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/frameworks/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              builtin: boolean;
              /** Format: uuid */
              countyId: string | null;
              createdAt: string;
              /** Format: uuid */
              currentVersionId: string | null;
              description: {
                en: string;
                sv: string;
              };
              /** Format: uuid */
              draftVersionId: string | null;
              /** Format: uuid */
              id: string;
              key: string;
              /** @enum {string} */
              kind:
                | 'agenda2030'
                | 'environmental_objectives'
                | 'gender_equality'
                | 'public_health'
                | 'rus'
                | 'priority_areas'
                | 'other';
              name: {
                en: string;
                sv: string;
              };
              /** Format: uuid */
              ownerOrganisationId: string | null;
              ownerOrganisationName: string | null;
              shared: boolean;
              source: {
                en: string;
                sv: string;
              };
              updatedAt: string;
              version: number;
              versions: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                itemCount: number;
                note: string | null;
                number: number;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/frameworks/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              builtin: boolean;
              /** Format: uuid */
              countyId: string | null;
              createdAt: string;
              /** Format: uuid */
              currentVersionId: string | null;
              description: {
                en: string;
                sv: string;
              };
              /** Format: uuid */
              draftVersionId: string | null;
              /** Format: uuid */
              id: string;
              key: string;
              /** @enum {string} */
              kind:
                | 'agenda2030'
                | 'environmental_objectives'
                | 'gender_equality'
                | 'public_health'
                | 'rus'
                | 'priority_areas'
                | 'other';
              name: {
                en: string;
                sv: string;
              };
              /** Format: uuid */
              ownerOrganisationId: string | null;
              ownerOrganisationName: string | null;
              shared: boolean;
              source: {
                en: string;
                sv: string;
              };
              updatedAt: string;
              version: number;
              versions: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                itemCount: number;
                note: string | null;
                number: number;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/frameworks/{id}/versions/{versionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          versionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              framework: {
                archived: boolean;
                builtin: boolean;
                /** Format: uuid */
                countyId: string | null;
                createdAt: string;
                /** Format: uuid */
                currentVersionId: string | null;
                description: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                draftVersionId: string | null;
                /** Format: uuid */
                id: string;
                key: string;
                /** @enum {string} */
                kind:
                  | 'agenda2030'
                  | 'environmental_objectives'
                  | 'gender_equality'
                  | 'public_health'
                  | 'rus'
                  | 'priority_areas'
                  | 'other';
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                ownerOrganisationId: string | null;
                ownerOrganisationName: string | null;
                shared: boolean;
                source: {
                  en: string;
                  sv: string;
                };
                updatedAt: string;
                version: number;
                versions: {
                  createdAt: string;
                  /** Format: uuid */
                  id: string;
                  itemCount: number;
                  note: string | null;
                  number: number;
                  publishedAt: string | null;
                  /** @enum {string} */
                  status: 'draft' | 'published';
                }[];
              };
              items: components['schemas']['FrameworkItem'][];
              version: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                itemCount: number;
                note: string | null;
                number: number;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/frameworks/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: {
          ownerOrganisationId?: string;
          shared?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: {
              en: string;
              sv: string;
            };
            /** @enum {string} */
            format: 'samsyn.framework/v1';
            items: components['schemas']['FrameworkDraftItemInput'][];
            key: string;
            /** @enum {string} */
            kind:
              | 'agenda2030'
              | 'environmental_objectives'
              | 'gender_equality'
              | 'public_health'
              | 'rus'
              | 'priority_areas'
              | 'other';
            name: {
              en: string;
              sv: string;
            };
            source?: {
              en: string;
              sv: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              builtin: boolean;
              /** Format: uuid */
              countyId: string | null;
              createdAt: string;
              /** Format: uuid */
              currentVersionId: string | null;
              description: {
                en: string;
                sv: string;
              };
              /** Format: uuid */
              draftVersionId: string | null;
              /** Format: uuid */
              id: string;
              key: string;
              /** @enum {string} */
              kind:
                | 'agenda2030'
                | 'environmental_objectives'
                | 'gender_equality'
                | 'public_health'
                | 'rus'
                | 'priority_areas'
                | 'other';
              name: {
                en: string;
                sv: string;
              };
              /** Format: uuid */
              ownerOrganisationId: string | null;
              ownerOrganisationName: string | null;
              shared: boolean;
              source: {
                en: string;
                sv: string;
              };
              updatedAt: string;
              version: number;
              versions: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                itemCount: number;
                note: string | null;
                number: number;
                publishedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'published';
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/index-series': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              countyId: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              values: {
                basisPoints: number;
                preliminary: boolean;
                source: string;
                year: number;
              }[];
              version: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: string | null;
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              countyId: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              values: {
                basisPoints: number;
                preliminary: boolean;
                source: string;
                year: number;
              }[];
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/index-series/{id}/values/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            basisPoints: number;
            preliminary: boolean;
            source: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              countyId: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              values: {
                basisPoints: number;
                preliminary: boolean;
                source: string;
                year: number;
              }[];
              version: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              assessments: {
                finishedAt: string | null;
                /** Format: uuid */
                id: string;
                number: number;
                /** @enum {string} */
                status: 'in_progress' | 'finished';
              }[];
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              /** Format: uuid */
              organisationId: string;
              /** Format: uuid */
              programmeId: string;
              programmeName: string;
              shared: boolean;
              stakeholderGroups: string[];
              startDate: string;
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: string | null;
            name?: string;
            shared?: boolean;
            stakeholderGroups?: string[];
            /** Format: date */
            startDate?: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              assessments: {
                finishedAt: string | null;
                /** Format: uuid */
                id: string;
                number: number;
                /** @enum {string} */
                status: 'in_progress' | 'finished';
              }[];
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              /** Format: uuid */
              organisationId: string;
              /** Format: uuid */
              programmeId: string;
              programmeName: string;
              shared: boolean;
              stakeholderGroups: string[];
              startDate: string;
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/initiatives/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              assessments: {
                finishedAt: string | null;
                /** Format: uuid */
                id: string;
                number: number;
                /** @enum {string} */
                status: 'in_progress' | 'finished';
              }[];
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              /** Format: uuid */
              organisationId: string;
              /** Format: uuid */
              programmeId: string;
              programmeName: string;
              shared: boolean;
              stakeholderGroups: string[];
              startDate: string;
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default [] */
            frameworkIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                /** Format: uuid */
                answersId: string;
                answersLabel: {
                  en: string;
                  sv: string;
                };
                /** @enum {string} */
                answersType: 'impact' | 'conflict' | 'actor';
                deadline: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                overdue: boolean;
                /** Format: uuid */
                responsibleOrganisationId: string | null;
                responsibleOrganisationName: string | null;
                /** Format: uuid */
                responsiblePersonId: string | null;
                responsiblePersonName: string | null;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'dropped';
                title: string;
                version: number;
              }[];
              actors: {
                /** Format: uuid */
                id: string;
                interest: number;
                name: string;
                note: string | null;
                /** Format: uuid */
                organisationId: string | null;
                power: number;
                /** @enum {string} */
                presence: 'present' | 'missing';
                /** @enum {string} */
                quadrant: 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';
                /** @enum {string} */
                relation: 'affects' | 'affected' | 'both';
                /** @enum {string} */
                stance: 'supportive' | 'neutral' | 'resistant';
                version: number;
              }[];
              /** Format: uuid */
              basedOnId: string | null;
              comments: {
                authorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                targetId: string;
                targetType: string;
                text: string;
              }[];
              conflicts: {
                a: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                /** Format: uuid */
                assessmentId: string;
                b: {
                  /** Format: uuid */
                  actorId: string | null;
                  code: string | null;
                  /** Format: uuid */
                  itemId: string | null;
                  label: {
                    en: string;
                    sv: string;
                  };
                  text: string | null;
                  /** @enum {string} */
                  type: 'item' | 'actor' | 'text';
                };
                description: string | null;
                foundInStep: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'goal' | 'interest';
                position: {
                  /** Format: uuid */
                  bodyId: string | null;
                  bodyName: string | null;
                  caseNumber: string | null;
                  date: string;
                  text: string;
                } | null;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high';
                /** @enum {string} */
                status: 'open' | 'position_taken' | 'resolved';
                version: number;
              }[];
              counts: {
                missingActors: number;
                openConflicts: number;
                overdueActions: number;
              };
              finishedAt: string | null;
              finishedBy: string | null;
              frameworks: {
                /** Format: uuid */
                frameworkId: string;
                key: string;
                kind: string;
                name: {
                  en: string;
                  sv: string;
                };
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
              }[];
              gates: {
                decidedAt: string;
                decidedBy: string;
                /** @enum {string} */
                decision: 'continue' | 'rethink' | 'stop';
                /** Format: uuid */
                id: string;
                reason: string;
                step: number;
                version: number;
              }[];
              goals: {
                direct: number;
                goal: string;
                indirect: number;
                negative: number;
                net: number;
                positive: number;
                unknown: number;
              }[];
              /** Format: uuid */
              id: string;
              impacts: {
                code: string;
                color: string | null;
                /** @enum {string|null} */
                directness: 'direct' | 'indirect' | 'both' | null;
                /** @enum {string} */
                effect: 'positive' | 'negative' | 'both' | 'none' | 'unknown';
                frameworkKey: string;
                frameworkKind: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                itemId: string;
                level: string;
                motivation: string | null;
                name: {
                  en: string;
                  sv: string;
                };
                parentCode: string | null;
                relevanceRank: number | null;
                step: number;
                version: number;
                /** Format: uuid */
                versionId: string;
              }[];
              initiative: {
                archived: boolean;
                assessments: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                }[];
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                programmeId: string;
                programmeName: string;
                shared: boolean;
                stakeholderGroups: string[];
                startDate: string;
                updatedAt: string;
                version: number;
              };
              number: number;
              positionsNeeded: {
                [key: string]: {
                  needed: boolean;
                  note: string | null;
                };
              };
              /** @enum {string} */
              status: 'in_progress' | 'finished';
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              action: string;
              actorName: string;
              after: {
                [key: string]: unknown;
              } | null;
              at: string;
              before: {
                [key: string]: unknown;
              } | null;
              entityId: string;
              entityType: string;
              id: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/conflicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              a: {
                /** Format: uuid */
                actorId: string | null;
                code: string | null;
                /** Format: uuid */
                itemId: string | null;
                label: {
                  en: string;
                  sv: string;
                };
                text: string | null;
                /** @enum {string} */
                type: 'item' | 'actor' | 'text';
              };
              /** Format: uuid */
              assessmentId: string;
              b: {
                /** Format: uuid */
                actorId: string | null;
                code: string | null;
                /** Format: uuid */
                itemId: string | null;
                label: {
                  en: string;
                  sv: string;
                };
                text: string | null;
                /** @enum {string} */
                type: 'item' | 'actor' | 'text';
              };
              description: string | null;
              foundInStep: number;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              initiativeId: string;
              initiativeName: string;
              /** @enum {string} */
              kind: 'goal' | 'interest';
              position: {
                /** Format: uuid */
                bodyId: string | null;
                bodyName: string | null;
                caseNumber: string | null;
                date: string;
                text: string;
              } | null;
              /** @enum {string} */
              severity: 'low' | 'medium' | 'high';
              /** @enum {string} */
              status: 'open' | 'position_taken' | 'resolved';
              version: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              assessments: {
                finishedAt: string | null;
                /** Format: uuid */
                id: string;
                number: number;
                /** @enum {string} */
                status: 'in_progress' | 'finished';
              }[];
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              /** Format: uuid */
              organisationId: string;
              /** Format: uuid */
              programmeId: string;
              programmeName: string;
              shared: boolean;
              stakeholderGroups: string[];
              startDate: string;
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          countyId?: string;
          limit?: number;
          offset?: number;
          q?: string;
          status?: 'active' | 'archived' | 'all';
          type?: 'region' | 'municipality' | 'county_board' | 'agency' | 'university' | 'civil_society' | 'business';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                create: boolean;
              };
              items: {
                abilities: {
                  archive: boolean;
                  update: boolean;
                };
                address: string | null;
                archived: boolean;
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                municipalityCode: string | null;
                name: string;
                orgNumber: string | null;
                phone: string | null;
                populations: {
                  /** Format: date */
                  asOf: string;
                  population: number;
                  source: string | null;
                  year: number;
                }[];
                shortName: string | null;
                /** @enum {string} */
                type:
                  'region' | 'municipality' | 'county_board' | 'agency' | 'university' | 'civil_society' | 'business';
                updatedAt: string;
                version: number;
                website: string | null;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address?: string | null;
            /** Format: uuid */
            countyId?: string;
            email?: (string | null) | '';
            municipalityCode?: (string | null) | '';
            name: string;
            orgNumber?: (string | null) | '';
            phone?: string | null;
            populations?: {
              /** Format: date */
              asOf: string;
              population: number;
              source?: string | null;
              year: number;
            }[];
            shortName?: string | null;
            /** @enum {string} */
            type: 'region' | 'municipality' | 'county_board' | 'agency' | 'university' | 'civil_society' | 'business';
            website?: (string | null) | '';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                archive: boolean;
                update: boolean;
              };
              address: string | null;
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              email: string | null;
              /** Format: uuid */
              id: string;
              municipalityCode: string | null;
              name: string;
              orgNumber: string | null;
              phone: string | null;
              populations: {
                /** Format: date */
                asOf: string;
                population: number;
                source: string | null;
                year: number;
              }[];
              shortName: string | null;
              /** @enum {string} */
              type: 'region' | 'municipality' | 'county_board' | 'agency' | 'university' | 'civil_society' | 'business';
              updatedAt: string;
              version: number;
              website: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                archive: boolean;
                update: boolean;
              };
              address: string | null;
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              email: string | null;
              /** Format: uuid */
              id: string;
              municipalityCode: string | null;
              name: string;
              orgNumber: string | null;
              phone: string | null;
              populations: {
                /** Format: date */
                asOf: string;
                population: number;
                source: string | null;
                year: number;
              }[];
              shortName: string | null;
              /** @enum {string} */
              type: 'region' | 'municipality' | 'county_board' | 'agency' | 'university' | 'civil_society' | 'business';
              updatedAt: string;
              version: number;
              website: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address?: string | null;
            email?: (string | null) | '';
            municipalityCode?: (string | null) | '';
            name?: string;
            orgNumber?: (string | null) | '';
            phone?: string | null;
            populations?: {
              /** Format: date */
              asOf: string;
              population: number;
              source?: string | null;
              year: number;
            }[];
            shortName?: string | null;
            /** @enum {string} */
            type?: 'region' | 'municipality' | 'county_board' | 'agency' | 'university' | 'civil_society' | 'business';
            version: number;
            website?: (string | null) | '';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                archive: boolean;
                update: boolean;
              };
              address: string | null;
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              email: string | null;
              /** Format: uuid */
              id: string;
              municipalityCode: string | null;
              name: string;
              orgNumber: string | null;
              phone: string | null;
              populations: {
                /** Format: date */
                asOf: string;
                population: number;
                source: string | null;
                year: number;
              }[];
              shortName: string | null;
              /** @enum {string} */
              type: 'region' | 'municipality' | 'county_board' | 'agency' | 'university' | 'civil_society' | 'business';
              updatedAt: string;
              version: number;
              website: string | null;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @description record.stale, or another conflict code of this route */
                code: string;
                details: {
                  current: {
                    abilities: {
                      archive: boolean;
                      update: boolean;
                    };
                    address: string | null;
                    archived: boolean;
                    /** Format: uuid */
                    countyId: string;
                    createdAt: string;
                    email: string | null;
                    /** Format: uuid */
                    id: string;
                    municipalityCode: string | null;
                    name: string;
                    orgNumber: string | null;
                    phone: string | null;
                    populations: {
                      /** Format: date */
                      asOf: string;
                      population: number;
                      source: string | null;
                      year: number;
                    }[];
                    shortName: string | null;
                    /** @enum {string} */
                    type:
                      | 'region'
                      | 'municipality'
                      | 'county_board'
                      | 'agency'
                      | 'university'
                      | 'civil_society'
                      | 'business';
                    updatedAt: string;
                    version: number;
                    website: string | null;
                  };
                };
                message: string;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/organisations/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                archive: boolean;
                update: boolean;
              };
              address: string | null;
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              email: string | null;
              /** Format: uuid */
              id: string;
              municipalityCode: string | null;
              name: string;
              orgNumber: string | null;
              phone: string | null;
              populations: {
                /** Format: date */
                asOf: string;
                population: number;
                source: string | null;
                year: number;
              }[];
              shortName: string | null;
              /** @enum {string} */
              type: 'region' | 'municipality' | 'county_board' | 'agency' | 'university' | 'civil_society' | 'business';
              updatedAt: string;
              version: number;
              website: string | null;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @description record.stale, or another conflict code of this route */
                code: string;
                details: {
                  current: {
                    abilities: {
                      archive: boolean;
                      update: boolean;
                    };
                    address: string | null;
                    archived: boolean;
                    /** Format: uuid */
                    countyId: string;
                    createdAt: string;
                    email: string | null;
                    /** Format: uuid */
                    id: string;
                    municipalityCode: string | null;
                    name: string;
                    orgNumber: string | null;
                    phone: string | null;
                    populations: {
                      /** Format: date */
                      asOf: string;
                      population: number;
                      source: string | null;
                      year: number;
                    }[];
                    shortName: string | null;
                    /** @enum {string} */
                    type:
                      | 'region'
                      | 'municipality'
                      | 'county_board'
                      | 'agency'
                      | 'university'
                      | 'civil_society'
                      | 'business';
                    updatedAt: string;
                    version: number;
                    website: string | null;
                  };
                };
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              action: string;
              actorName: string;
              after: {
                [key: string]: unknown;
              } | null;
              at: string;
              before: {
                [key: string]: unknown;
              } | null;
              entityId: string;
              entityType: string;
              id: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                archive: boolean;
                update: boolean;
              };
              address: string | null;
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              email: string | null;
              /** Format: uuid */
              id: string;
              municipalityCode: string | null;
              name: string;
              orgNumber: string | null;
              phone: string | null;
              populations: {
                /** Format: date */
                asOf: string;
                population: number;
                source: string | null;
                year: number;
              }[];
              shortName: string | null;
              /** @enum {string} */
              type: 'region' | 'municipality' | 'county_board' | 'agency' | 'university' | 'civil_society' | 'business';
              updatedAt: string;
              version: number;
              website: string | null;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                /** @description record.stale, or another conflict code of this route */
                code: string;
                details: {
                  current: {
                    abilities: {
                      archive: boolean;
                      update: boolean;
                    };
                    address: string | null;
                    archived: boolean;
                    /** Format: uuid */
                    countyId: string;
                    createdAt: string;
                    email: string | null;
                    /** Format: uuid */
                    id: string;
                    municipalityCode: string | null;
                    name: string;
                    orgNumber: string | null;
                    phone: string | null;
                    populations: {
                      /** Format: date */
                      asOf: string;
                      population: number;
                      source: string | null;
                      year: number;
                    }[];
                    shortName: string | null;
                    /** @enum {string} */
                    type:
                      | 'region'
                      | 'municipality'
                      | 'county_board'
                      | 'agency'
                      | 'university'
                      | 'civil_society'
                      | 'business';
                    updatedAt: string;
                    version: number;
                    website: string | null;
                  };
                };
                message: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          organisationId?: string;
          q?: string;
          status?: 'active' | 'archived' | 'all';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                abilities: {
                  archive: boolean;
                  update: boolean;
                };
                archived: boolean;
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                email: string | null;
                familyName: string;
                givenName: string;
                hasAccount: boolean;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                phone: string | null;
                title: string | null;
                updatedAt: string;
                version: number;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email?: (string | null) | '';
            familyName: string;
            givenName: string;
            /** Format: uuid */
            organisationId: string;
            phone?: string | null;
            title?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                archive: boolean;
                update: boolean;
              };
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              email: string | null;
              familyName: string;
              givenName: string;
              hasAccount: boolean;
              /** Format: uuid */
              id: string;
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              phone: string | null;
              title: string | null;
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                archive: boolean;
                update: boolean;
              };
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              email: string | null;
              familyName: string;
              givenName: string;
              hasAccount: boolean;
              /** Format: uuid */
              id: string;
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              phone: string | null;
              title: string | null;
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email?: (string | null) | '';
            familyName?: string;
            givenName?: string;
            /** Format: uuid */
            organisationId?: string;
            phone?: string | null;
            title?: string | null;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                archive: boolean;
                update: boolean;
              };
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              email: string | null;
              familyName: string;
              givenName: string;
              hasAccount: boolean;
              /** Format: uuid */
              id: string;
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              phone: string | null;
              title: string | null;
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/people/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                archive: boolean;
                update: boolean;
              };
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              email: string | null;
              familyName: string;
              givenName: string;
              hasAccount: boolean;
              /** Format: uuid */
              id: string;
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              phone: string | null;
              title: string | null;
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              action: string;
              actorName: string;
              after: {
                [key: string]: unknown;
              } | null;
              at: string;
              before: {
                [key: string]: unknown;
              } | null;
              entityId: string;
              entityType: string;
              id: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people/{id}/memberships': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              bodyId: string;
              current: boolean;
              endDate: string | null;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              /** Format: uuid */
              personId: string;
              personName: string;
              /** @enum {string} */
              role: 'chair' | 'vice_chair' | 'secretary' | 'member' | 'substitute';
              startDate: string;
              version: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                archive: boolean;
                update: boolean;
              };
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              email: string | null;
              familyName: string;
              givenName: string;
              hasAccount: boolean;
              /** Format: uuid */
              id: string;
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              phone: string | null;
              title: string | null;
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              initiativeCount: number;
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              rusName: {
                en: string;
                sv: string;
              } | null;
              /** Format: uuid */
              rusVersionId: string | null;
              rusVersionNumber: number | null;
              shared: boolean;
              stakeholderGroups: string[];
              updatedAt: string;
              version: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: string | null;
            name: string;
            /** Format: uuid */
            organisationId?: string;
            /** Format: uuid */
            rusVersionId?: string | null;
            /** @default false */
            shared?: boolean;
            /**
             * @default [
             *       "Medborgare",
             *       "Servicegivare",
             *       "Offentliga intressenter"
             *     ]
             */
            stakeholderGroups?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              initiativeCount: number;
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              rusName: {
                en: string;
                sv: string;
              } | null;
              /** Format: uuid */
              rusVersionId: string | null;
              rusVersionNumber: number | null;
              shared: boolean;
              stakeholderGroups: string[];
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              initiativeCount: number;
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              rusName: {
                en: string;
                sv: string;
              } | null;
              /** Format: uuid */
              rusVersionId: string | null;
              rusVersionNumber: number | null;
              shared: boolean;
              stakeholderGroups: string[];
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: string | null;
            name?: string;
            /** Format: uuid */
            rusVersionId?: string | null;
            shared?: boolean;
            stakeholderGroups?: string[];
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              initiativeCount: number;
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              rusName: {
                en: string;
                sv: string;
              } | null;
              /** Format: uuid */
              rusVersionId: string | null;
              rusVersionNumber: number | null;
              shared: boolean;
              stakeholderGroups: string[];
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/programmes/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              action: string;
              actorName: string;
              after: {
                [key: string]: unknown;
              } | null;
              at: string;
              before: {
                [key: string]: unknown;
              } | null;
              entityId: string;
              entityType: string;
              id: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes/{id}/conflicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              a: {
                /** Format: uuid */
                actorId: string | null;
                code: string | null;
                /** Format: uuid */
                itemId: string | null;
                label: {
                  en: string;
                  sv: string;
                };
                text: string | null;
                /** @enum {string} */
                type: 'item' | 'actor' | 'text';
              };
              /** Format: uuid */
              assessmentId: string;
              b: {
                /** Format: uuid */
                actorId: string | null;
                code: string | null;
                /** Format: uuid */
                itemId: string | null;
                label: {
                  en: string;
                  sv: string;
                };
                text: string | null;
                /** @enum {string} */
                type: 'item' | 'actor' | 'text';
              };
              description: string | null;
              foundInStep: number;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              initiativeId: string;
              initiativeName: string;
              /** @enum {string} */
              kind: 'goal' | 'interest';
              position: {
                /** Format: uuid */
                bodyId: string | null;
                bodyName: string | null;
                caseNumber: string | null;
                date: string;
                text: string;
              } | null;
              /** @enum {string} */
              severity: 'low' | 'medium' | 'high';
              /** @enum {string} */
              status: 'open' | 'position_taken' | 'resolved';
              version: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes/{id}/initiatives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              assessments: {
                finishedAt: string | null;
                /** Format: uuid */
                id: string;
                number: number;
                /** @enum {string} */
                status: 'in_progress' | 'finished';
              }[];
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              /** Format: uuid */
              organisationId: string;
              /** Format: uuid */
              programmeId: string;
              programmeName: string;
              shared: boolean;
              stakeholderGroups: string[];
              startDate: string;
              updatedAt: string;
              version: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: string | null;
            name: string;
            shared?: boolean;
            /** @default [] */
            stakeholderGroups?: string[];
            /** Format: date */
            startDate?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              archived: boolean;
              assessments: {
                finishedAt: string | null;
                /** Format: uuid */
                id: string;
                number: number;
                /** @enum {string} */
                status: 'in_progress' | 'finished';
              }[];
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              description: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              /** Format: uuid */
              organisationId: string;
              /** Format: uuid */
              programmeId: string;
              programmeName: string;
              shared: boolean;
              stakeholderGroups: string[];
              startDate: string;
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes/{id}/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              programme: {
                archived: boolean;
                /** Format: uuid */
                countyId: string;
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                initiativeCount: number;
                name: string;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                rusName: {
                  en: string;
                  sv: string;
                } | null;
                /** Format: uuid */
                rusVersionId: string | null;
                rusVersionNumber: number | null;
                shared: boolean;
                stakeholderGroups: string[];
                updatedAt: string;
                version: number;
              };
              rows: {
                assessment: {
                  finishedAt: string | null;
                  /** Format: uuid */
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'in_progress' | 'finished';
                } | null;
                goals: {
                  direct: number;
                  goal: string;
                  indirect: number;
                  negative: number;
                  net: number;
                  positive: number;
                  unknown: number;
                }[];
                /** Format: uuid */
                initiativeId: string;
                name: string;
                openConflicts: number;
                overdueActions: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/questionnaires': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymous: boolean;
              closesAt: string;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              intro: {
                en: string;
                sv: string;
              } | null;
              opensAt: string;
              /** Format: uuid */
              organisationId: string;
              questionCount: number;
              /** @enum {string} */
              status: 'draft' | 'open' | 'closed';
              templateKey: string | null;
              title: {
                en: string;
                sv: string;
              };
              updatedAt: string;
              version: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default false */
            anonymous?: boolean;
            /** Format: date */
            closesAt: string;
            intro?: {
              en: string;
              sv: string;
            } | null;
            /** Format: date */
            opensAt: string;
            /** Format: uuid */
            organisationId?: string;
            sections?: {
              key: string;
              questions: (
                | {
                    help?: {
                      en: string;
                      sv: string;
                    } | null;
                    key: string;
                    /** @default false */
                    required?: boolean;
                    /** Format: uuid */
                    scaleId: string;
                    text: {
                      en: string;
                      sv: string;
                    };
                    /** @enum {string} */
                    type: 'single_choice';
                  }
                | {
                    help?: {
                      en: string;
                      sv: string;
                    } | null;
                    key: string;
                    maxSelected?: number | null;
                    options: {
                      code: string;
                      label: {
                        en: string;
                        sv: string;
                      };
                    }[];
                    /** @default false */
                    required?: boolean;
                    text: {
                      en: string;
                      sv: string;
                    };
                    /** @enum {string} */
                    type: 'multiple_choice';
                  }
                | {
                    help?: {
                      en: string;
                      sv: string;
                    } | null;
                    key: string;
                    /** @default false */
                    required?: boolean;
                    /** Format: uuid */
                    scaleId: string;
                    statements: {
                      key: string;
                      text: {
                        en: string;
                        sv: string;
                      };
                    }[];
                    text: {
                      en: string;
                      sv: string;
                    };
                    /** @enum {string} */
                    type: 'matrix';
                  }
                | {
                    help?: {
                      en: string;
                      sv: string;
                    } | null;
                    key: string;
                    max: number;
                    /** @default false */
                    required?: boolean;
                    text: {
                      en: string;
                      sv: string;
                    };
                    /** @enum {string} */
                    type: 'rating';
                  }
                | {
                    help?: {
                      en: string;
                      sv: string;
                    } | null;
                    key: string;
                    /** @default 200 */
                    maxLength?: number;
                    /** @default false */
                    required?: boolean;
                    text: {
                      en: string;
                      sv: string;
                    };
                    /** @enum {string} */
                    type: 'short_text';
                  }
                | {
                    help?: {
                      en: string;
                      sv: string;
                    } | null;
                    key: string;
                    /** @default 4000 */
                    maxLength?: number;
                    /** @default false */
                    required?: boolean;
                    text: {
                      en: string;
                      sv: string;
                    };
                    /** @enum {string} */
                    type: 'long_text';
                  }
              )[];
              title: {
                en: string;
                sv: string;
              };
            }[];
            title: {
              en: string;
              sv: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymous: boolean;
              closesAt: string;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              intro: {
                en: string;
                sv: string;
              } | null;
              opensAt: string;
              /** Format: uuid */
              organisationId: string;
              sections: {
                key: string;
                questions: (
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      options: {
                        code: string;
                        label: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      required: boolean;
                      /** Format: uuid */
                      scaleId: string | null;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'single_choice';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      maxSelected: number | null;
                      options: {
                        code: string;
                        label: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'multiple_choice';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      options: {
                        code: string;
                        label: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      required: boolean;
                      /** Format: uuid */
                      scaleId: string | null;
                      statements: {
                        key: string;
                        text: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'matrix';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      max: number;
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'rating';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      maxLength: number;
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'short_text';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      maxLength: number;
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'long_text';
                    }
                )[];
                title: {
                  en: string;
                  sv: string;
                };
              }[];
              /** @enum {string} */
              status: 'draft' | 'open' | 'closed';
              templateKey: string | null;
              title: {
                en: string;
                sv: string;
              };
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/questionnaires/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymous: boolean;
              closesAt: string;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              intro: {
                en: string;
                sv: string;
              } | null;
              opensAt: string;
              /** Format: uuid */
              organisationId: string;
              sections: {
                key: string;
                questions: (
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      options: {
                        code: string;
                        label: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      required: boolean;
                      /** Format: uuid */
                      scaleId: string | null;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'single_choice';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      maxSelected: number | null;
                      options: {
                        code: string;
                        label: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'multiple_choice';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      options: {
                        code: string;
                        label: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      required: boolean;
                      /** Format: uuid */
                      scaleId: string | null;
                      statements: {
                        key: string;
                        text: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'matrix';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      max: number;
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'rating';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      maxLength: number;
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'short_text';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      maxLength: number;
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'long_text';
                    }
                )[];
                title: {
                  en: string;
                  sv: string;
                };
              }[];
              /** @enum {string} */
              status: 'draft' | 'open' | 'closed';
              templateKey: string | null;
              title: {
                en: string;
                sv: string;
              };
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            anonymous?: boolean;
            /** Format: date */
            closesAt?: string;
            intro?: {
              en: string;
              sv: string;
            } | null;
            /** Format: date */
            opensAt?: string;
            sections?: {
              key: string;
              questions: (
                | {
                    help?: {
                      en: string;
                      sv: string;
                    } | null;
                    key: string;
                    /** @default false */
                    required?: boolean;
                    /** Format: uuid */
                    scaleId: string;
                    text: {
                      en: string;
                      sv: string;
                    };
                    /** @enum {string} */
                    type: 'single_choice';
                  }
                | {
                    help?: {
                      en: string;
                      sv: string;
                    } | null;
                    key: string;
                    maxSelected?: number | null;
                    options: {
                      code: string;
                      label: {
                        en: string;
                        sv: string;
                      };
                    }[];
                    /** @default false */
                    required?: boolean;
                    text: {
                      en: string;
                      sv: string;
                    };
                    /** @enum {string} */
                    type: 'multiple_choice';
                  }
                | {
                    help?: {
                      en: string;
                      sv: string;
                    } | null;
                    key: string;
                    /** @default false */
                    required?: boolean;
                    /** Format: uuid */
                    scaleId: string;
                    statements: {
                      key: string;
                      text: {
                        en: string;
                        sv: string;
                      };
                    }[];
                    text: {
                      en: string;
                      sv: string;
                    };
                    /** @enum {string} */
                    type: 'matrix';
                  }
                | {
                    help?: {
                      en: string;
                      sv: string;
                    } | null;
                    key: string;
                    max: number;
                    /** @default false */
                    required?: boolean;
                    text: {
                      en: string;
                      sv: string;
                    };
                    /** @enum {string} */
                    type: 'rating';
                  }
                | {
                    help?: {
                      en: string;
                      sv: string;
                    } | null;
                    key: string;
                    /** @default 200 */
                    maxLength?: number;
                    /** @default false */
                    required?: boolean;
                    text: {
                      en: string;
                      sv: string;
                    };
                    /** @enum {string} */
                    type: 'short_text';
                  }
                | {
                    help?: {
                      en: string;
                      sv: string;
                    } | null;
                    key: string;
                    /** @default 4000 */
                    maxLength?: number;
                    /** @default false */
                    required?: boolean;
                    text: {
                      en: string;
                      sv: string;
                    };
                    /** @enum {string} */
                    type: 'long_text';
                  }
              )[];
              title: {
                en: string;
                sv: string;
              };
            }[];
            title?: {
              en: string;
              sv: string;
            };
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymous: boolean;
              closesAt: string;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              intro: {
                en: string;
                sv: string;
              } | null;
              opensAt: string;
              /** Format: uuid */
              organisationId: string;
              sections: {
                key: string;
                questions: (
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      options: {
                        code: string;
                        label: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      required: boolean;
                      /** Format: uuid */
                      scaleId: string | null;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'single_choice';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      maxSelected: number | null;
                      options: {
                        code: string;
                        label: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'multiple_choice';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      options: {
                        code: string;
                        label: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      required: boolean;
                      /** Format: uuid */
                      scaleId: string | null;
                      statements: {
                        key: string;
                        text: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'matrix';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      max: number;
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'rating';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      maxLength: number;
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'short_text';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      maxLength: number;
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'long_text';
                    }
                )[];
                title: {
                  en: string;
                  sv: string;
                };
              }[];
              /** @enum {string} */
              status: 'draft' | 'open' | 'closed';
              templateKey: string | null;
              title: {
                en: string;
                sv: string;
              };
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/questionnaires/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              action: string;
              actorName: string;
              after: {
                [key: string]: unknown;
              } | null;
              at: string;
              before: {
                [key: string]: unknown;
              } | null;
              entityId: string;
              entityType: string;
              id: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/questionnaires/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymous: boolean;
              closesAt: string;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              intro: {
                en: string;
                sv: string;
              } | null;
              opensAt: string;
              /** Format: uuid */
              organisationId: string;
              sections: {
                key: string;
                questions: (
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      options: {
                        code: string;
                        label: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      required: boolean;
                      /** Format: uuid */
                      scaleId: string | null;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'single_choice';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      maxSelected: number | null;
                      options: {
                        code: string;
                        label: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'multiple_choice';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      options: {
                        code: string;
                        label: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      required: boolean;
                      /** Format: uuid */
                      scaleId: string | null;
                      statements: {
                        key: string;
                        text: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'matrix';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      max: number;
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'rating';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      maxLength: number;
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'short_text';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      maxLength: number;
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'long_text';
                    }
                )[];
                title: {
                  en: string;
                  sv: string;
                };
              }[];
              /** @enum {string} */
              status: 'draft' | 'open' | 'closed';
              templateKey: string | null;
              title: {
                en: string;
                sv: string;
              };
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/questionnaires/{id}/compilation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              completed: number;
              invited: number;
              questions: {
                answered: number;
                byBody: {
                  answered: number;
                  bodyId: string;
                  bodyName: string;
                  distribution: {
                    code: string;
                    count: number;
                    percent: number;
                  }[];
                  statements: {
                    answered: number;
                    distribution: {
                      code: string;
                      count: number;
                      percent: number;
                    }[];
                    key: string;
                  }[];
                }[];
                distribution: {
                  code: string;
                  count: number;
                  percent: number;
                }[];
                key: string;
                mean: number | null;
                previous: {
                  answered: number;
                  distribution: {
                    code: string;
                    count: number;
                    percent: number;
                  }[];
                  statements: {
                    answered: number;
                    distribution: {
                      code: string;
                      count: number;
                      percent: number;
                    }[];
                    key: string;
                  }[];
                  year: number;
                }[];
                statements: {
                  answered: number;
                  distribution: {
                    code: string;
                    count: number;
                    percent: number;
                  }[];
                  key: string;
                }[];
                texts: {
                  bodyName: string | null;
                  text: string;
                }[];
                /** @enum {string} */
                type: 'single_choice' | 'multiple_choice' | 'matrix' | 'rating' | 'short_text' | 'long_text';
              }[];
              responseRate: number;
              /** @default 0 */
              waiting: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/questionnaires/{id}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              bodyId: string | null;
              bodyName: string | null;
              completed: boolean;
              completedAt: string | null;
              email: string;
              /** Format: uuid */
              id: string;
              invitedAt: string;
              lastRemindedAt: string | null;
              name: string;
              /** Format: uuid */
              organisationId: string | null;
              organisationName: string | null;
              /** Format: uuid */
              personId: string | null;
              remindersSent: number;
              started: boolean;
              startedAt: string | null;
            }[];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default [] */
            bodyIds?: string[];
            /** @default [] */
            personIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              created: number;
              invitations: {
                /** Format: uuid */
                bodyId: string | null;
                bodyName: string | null;
                completed: boolean;
                completedAt: string | null;
                email: string;
                /** Format: uuid */
                id: string;
                invitedAt: string;
                lastRemindedAt: string | null;
                name: string;
                /** Format: uuid */
                organisationId: string | null;
                organisationName: string | null;
                /** Format: uuid */
                personId: string | null;
                remindersSent: number;
                started: boolean;
                startedAt: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/questionnaires/{id}/open': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymous: boolean;
              closesAt: string;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              intro: {
                en: string;
                sv: string;
              } | null;
              opensAt: string;
              /** Format: uuid */
              organisationId: string;
              sections: {
                key: string;
                questions: (
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      options: {
                        code: string;
                        label: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      required: boolean;
                      /** Format: uuid */
                      scaleId: string | null;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'single_choice';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      maxSelected: number | null;
                      options: {
                        code: string;
                        label: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'multiple_choice';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      options: {
                        code: string;
                        label: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      required: boolean;
                      /** Format: uuid */
                      scaleId: string | null;
                      statements: {
                        key: string;
                        text: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'matrix';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      max: number;
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'rating';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      maxLength: number;
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'short_text';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      maxLength: number;
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'long_text';
                    }
                )[];
                title: {
                  en: string;
                  sv: string;
                };
              }[];
              /** @enum {string} */
              status: 'draft' | 'open' | 'closed';
              templateKey: string | null;
              title: {
                en: string;
                sv: string;
              };
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/questionnaires/{id}/reminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default 3 */
            maxCount?: number;
            /** @default 7 */
            minIntervalDays?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              sent: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/questionnaires/{id}/response-rate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              byBody: {
                /** Format: uuid */
                bodyId: string;
                bodyName: string;
                completed: number;
                invited: number;
                rate: number;
                started: number;
              }[];
              byOrganisation: {
                completed: number;
                invited: number;
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
                rate: number;
                started: number;
              }[];
              total: {
                completed: number;
                invited: number;
                rate: number;
                started: number;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/questionnaires/from-template/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default false */
            anonymous?: boolean;
            /** Format: date */
            closesAt: string;
            /** Format: date */
            opensAt: string;
            /** Format: uuid */
            organisationId?: string;
            title?: {
              en: string;
              sv: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymous: boolean;
              closesAt: string;
              /** Format: uuid */
              countyId: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              intro: {
                en: string;
                sv: string;
              } | null;
              opensAt: string;
              /** Format: uuid */
              organisationId: string;
              sections: {
                key: string;
                questions: (
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      options: {
                        code: string;
                        label: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      required: boolean;
                      /** Format: uuid */
                      scaleId: string | null;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'single_choice';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      maxSelected: number | null;
                      options: {
                        code: string;
                        label: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'multiple_choice';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      options: {
                        code: string;
                        label: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      required: boolean;
                      /** Format: uuid */
                      scaleId: string | null;
                      statements: {
                        key: string;
                        text: {
                          en: string;
                          sv: string;
                        };
                      }[];
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'matrix';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      max: number;
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'rating';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      maxLength: number;
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'short_text';
                    }
                  | {
                      help: {
                        en: string;
                        sv: string;
                      } | null;
                      key: string;
                      maxLength: number;
                      required: boolean;
                      text: {
                        en: string;
                        sv: string;
                      };
                      /** @enum {string} */
                      type: 'long_text';
                    }
                )[];
                title: {
                  en: string;
                  sv: string;
                };
              }[];
              /** @enum {string} */
              status: 'draft' | 'open' | 'closed';
              templateKey: string | null;
              title: {
                en: string;
                sv: string;
              };
              updatedAt: string;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/respond/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          lang?: 'sv' | 'en';
        };
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymous: boolean;
              answers: {
                [key: string]:
                  | string
                  | string[]
                  | number
                  | {
                      [key: string]: string;
                    };
              };
              closesAt: string;
              intro: string | null;
              /** @enum {string} */
              lang: 'sv' | 'en';
              respondent: {
                bodyName: string | null;
                name: string;
              };
              sections: {
                key: string;
                questions: {
                  help: string | null;
                  key: string;
                  max?: number;
                  maxLength?: number;
                  maxSelected?: number | null;
                  number: number;
                  options?: {
                    code: string;
                    label: string;
                  }[];
                  required: boolean;
                  statements?: {
                    key: string;
                    text: string;
                  }[];
                  text: string;
                  /** @enum {string} */
                  type: 'single_choice' | 'multiple_choice' | 'matrix' | 'rating' | 'short_text' | 'long_text';
                }[];
                title: string;
              }[];
              title: string;
            };
          };
        };
      };
    };
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            answers: {
              [key: string]:
                | (
                    | string
                    | string[]
                    | number
                    | {
                        [key: string]: string;
                      }
                  )
                | null;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answers: {
                [key: string]:
                  | string
                  | string[]
                  | number
                  | {
                      [key: string]: string;
                    };
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/respond/{token}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            answers?: {
              [key: string]:
                | (
                    | string
                    | string[]
                    | number
                    | {
                        [key: string]: string;
                      }
                  )
                | null;
            };
            /** Format: uuid */
            submissionId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              completed: true;
              submittedAt: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/survey-scales': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              builtin: boolean;
              /** Format: uuid */
              id: string;
              key: string | null;
              name: {
                en: string;
                sv: string;
              };
              options: {
                code: string;
                label: {
                  en: string;
                  sv: string;
                };
              }[];
              version: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: {
              en: string;
              sv: string;
            };
            options: {
              code: string;
              label: {
                en: string;
                sv: string;
              };
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              builtin: boolean;
              /** Format: uuid */
              id: string;
              key: string | null;
              name: {
                en: string;
                sv: string;
              };
              options: {
                code: string;
                label: {
                  en: string;
                  sv: string;
                };
              }[];
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/survey-scales/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: {
              en: string;
              sv: string;
            };
            options?: {
              code: string;
              label: {
                en: string;
                sv: string;
              };
            }[];
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              builtin: boolean;
              /** Format: uuid */
              id: string;
              key: string | null;
              name: {
                en: string;
                sv: string;
              };
              options: {
                code: string;
                label: {
                  en: string;
                  sv: string;
                };
              }[];
              version: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/survey-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              key: string;
              questionCount: number;
              title: {
                en: string;
                sv: string;
              };
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              disabled: boolean;
              email: string;
              /** Format: uuid */
              id: string;
              lastLoginAt: string | null;
              /** @enum {string} */
              locale: 'sv' | 'en';
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              /** Format: uuid */
              personId: string;
              /** @enum {string} */
              role: 'admin' | 'coordinator' | 'member' | 'reader';
              version: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            /**
             * @default sv
             * @enum {string}
             */
            locale?: 'sv' | 'en';
            password: string;
            /** Format: uuid */
            personId: string;
            /** @enum {string} */
            role: 'admin' | 'coordinator' | 'member' | 'reader';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              disabled: boolean;
              email: string;
              /** Format: uuid */
              id: string;
              lastLoginAt: string | null;
              /** @enum {string} */
              locale: 'sv' | 'en';
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              /** Format: uuid */
              personId: string;
              /** @enum {string} */
              role: 'admin' | 'coordinator' | 'member' | 'reader';
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            disabled?: boolean;
            /** @enum {string} */
            locale?: 'sv' | 'en';
            /** @enum {string} */
            role?: 'admin' | 'coordinator' | 'member' | 'reader';
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              disabled: boolean;
              email: string;
              /** Format: uuid */
              id: string;
              lastLoginAt: string | null;
              /** @enum {string} */
              locale: 'sv' | 'en';
              name: string;
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              /** Format: uuid */
              personId: string;
              /** @enum {string} */
              role: 'admin' | 'coordinator' | 'member' | 'reader';
              version: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/users/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              action: string;
              actorName: string;
              after: {
                [key: string]: unknown;
              } | null;
              at: string;
              before: {
                [key: string]: unknown;
              } | null;
              entityId: string;
              entityType: string;
              id: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    FrameworkDraftItem: {
      children?: components['schemas']['FrameworkDraftItem'][];
      code: string;
      color?: string | null;
      level: string;
      name: {
        en: string;
        sv: string;
      };
      text?: {
        en: string;
        sv: string;
      } | null;
    };
    FrameworkDraftItemInput: {
      children?: components['schemas']['FrameworkDraftItemInput'][];
      code: string;
      color?: string | null;
      level: string;
      name: {
        en: string;
        sv: string;
      };
      text?: {
        en: string;
        sv: string;
      } | null;
    };
    FrameworkItem: {
      children: components['schemas']['FrameworkItem'][];
      code: string;
      color: string | null;
      /** Format: uuid */
      id: string;
      level: string;
      name: {
        en: string;
        sv: string;
      };
      text: {
        en: string;
        sv: string;
      } | null;
    };
    FrameworkItemInput: {
      children: components['schemas']['FrameworkItemInput'][];
      code: string;
      color: string | null;
      /** Format: uuid */
      id: string;
      level: string;
      name: {
        en: string;
        sv: string;
      };
      text: {
        en: string;
        sv: string;
      } | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
