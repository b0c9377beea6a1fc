import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { campaignKey, type Campaign } from './campaign-data';

type Update = components['schemas']['UpdateCampaignDto'];
type Changes = Omit<
  Partial<Update>,
  'descriptionEn' | 'descriptionZh' | 'judgesRequireTwoFactor' | 'language'
>;

/**
 * Saves one section of the campaign. The API's document marks the fields that have defaults as present in
 * every edit, so those are sent as they stand (the same values: nothing changes through them).
 */
export function useCampaignUpdate(campaign: Campaign) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: Changes) =>
      unwrap(
        api.PATCH('/campaigns/{id}', {
          params: { path: { id: campaign.id } },
          body: {
            descriptionEn: campaign.descriptionEn,
            descriptionZh: campaign.descriptionZh,
            judgesRequireTwoFactor: campaign.judgesRequireTwoFactor,
            language: campaign.language,
            ...changes,
          },
        }),
      ),
    onSuccess: (updated) => queryClient.setQueryData(campaignKey(campaign.id), updated),
  });
}
