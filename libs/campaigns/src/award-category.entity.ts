import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type CategoryKind = 'survey-benchmark' | 'panel' | 'combined';

@Entity({ name: 'award_categories' })
export class AwardCategory {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'campaign_id', type: 'uuid' }) campaignId: string;
  @Column({ type: 'varchar', length: 300 }) name: string;
  @Column({ name: 'name_zh', type: 'varchar', length: 300, nullable: true }) nameZh: string | null;
  @Column({ type: 'varchar', length: 20 }) kind: CategoryKind;
  @Column({ name: 'per_industry', type: 'boolean' }) perIndustry: boolean;
  @Column({ name: 'max_winners', type: 'integer' }) maxWinners: number;
  @Column({ name: 'survey_weight', type: 'integer', nullable: true }) surveyWeight: number | null;
  @Column({ name: 'panel_weight', type: 'integer', nullable: true }) panelWeight: number | null;
  @Column({ name: 'min_panel_band', type: 'varchar', length: 40, nullable: true }) minPanelBand:
    string | null;
  @Column({ type: 'integer' }) position: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
