import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { assuranceBand, BandThresholds } from '../ratings/assurance-band';
import { AssessmentBand, AssuranceBandName } from './assessment.types';

/** The band of a count of fully met requirements, with the configured thresholds (ASSURANCE_BAND_*). */
@Injectable()
export class BandPolicy {
  private readonly thresholds: BandThresholds;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.thresholds = config.assuranceBands;
  }

  band(fullyCompliant: number, applicable: number, withBand: boolean): AssessmentBand {
    const band = withBand ? assuranceBand(fullyCompliant, applicable, this.thresholds) : null;
    return {
      applicable,
      fullyCompliant,
      percent: applicable ? Math.floor((fullyCompliant * 100) / applicable) : 0,
      band: band ? AssuranceBandName[band] : null,
    };
  }
}
