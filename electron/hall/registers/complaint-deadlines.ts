// 首问负责制's two deadlines, counted from the moment the complaint was received by the hall's
// clock: plain elapsed time, so they run across midnight, weekends and the day close alike.
import { COMPLAINT_ANSWER_HOURS, COMPLAINT_FORWARD_MINUTES } from '../../../shared/api/registers.api.ts';

export function complaintDeadlines(receivedAt: Date): { forwardBy: Date; answerBy: Date } {
  return {
    forwardBy: new Date(receivedAt.getTime() + COMPLAINT_FORWARD_MINUTES * 60_000),
    answerBy: new Date(receivedAt.getTime() + COMPLAINT_ANSWER_HOURS * 3_600_000),
  };
}
