import { Injectable, OnApplicationBootstrap } from '@nestjs/common';

/**
 * Whether a methodology version exists. Surveys owns the versions and depends on campaigns, so campaigns
 * cannot ask it; surveys answers through this port instead, once, when its module starts.
 */
@Injectable()
export class MethodologyVersions implements OnApplicationBootstrap {
  private exists: ((version: string) => Promise<boolean>) | null = null;

  answerWith(exists: (version: string) => Promise<boolean>): void {
    this.exists = exists;
  }

  /**
   * An application that holds campaigns but not surveys cannot check a version; it fails at boot rather
   * than at the first campaign saved (or, worse, at a scheduled transition, which would record a refusal).
   */
  onApplicationBootstrap(): void {
    if (!this.exists) throw new Error('No lib answers for methodology versions: import SurveysModule');
  }

  /** The version itself when it names no methodology version, null when it exists or is not given. */
  async unknown(version: string | undefined | null): Promise<string | null> {
    if (version === undefined || version === null) return null;
    if (!this.exists) throw new Error('No lib answers for methodology versions: import SurveysModule');
    return (await this.exists(version)) ? null : version;
  }
}
