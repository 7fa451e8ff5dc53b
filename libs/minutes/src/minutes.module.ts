import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MinutesAtomService } from './minutes-atom.read-model';
import { MinutesExportService } from './minutes-export.read-model';
import { Decision, Minutes } from './minutes.entity';
import { MinutesService } from './minutes.service';

@Module({
  imports: [TypeOrmModule.forFeature([Minutes, Decision])],
  providers: [MinutesService, MinutesExportService, MinutesAtomService],
  exports: [MinutesService, MinutesExportService, MinutesAtomService],
})
export class MinutesModule {}
