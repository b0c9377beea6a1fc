export * from './credit-code';
export * from './enterprise.entity';
export * from './enterprise-member.entity';
export * from './enterprises.errors';
export * from './enterprises.service';
export * from './enterprises.module';
