import { Module } from '@nestjs/common';
import { OrganizationsModule } from '@app/organizations';
import { AccountDeletionService } from './account-deletion.service';
import { MemberDataExportService } from './member-data-export.read-model';

/** A member's own data (Decree 13/2023): what is held about them, and deleting their account. */
@Module({
  imports: [OrganizationsModule],
  providers: [MemberDataExportService, AccountDeletionService],
  exports: [MemberDataExportService, AccountDeletionService],
})
export class PrivacyModule {}
