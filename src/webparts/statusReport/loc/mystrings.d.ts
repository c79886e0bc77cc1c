// Keys of the message catalogue (loc/en-us.js, loc/sv-se.js); MessageKey in src/messages is keyof this.
declare interface IStatusReportStrings {
  // Web part settings (property pane)
  readonly 'webpart.description': string;
  readonly 'webpart.settingsGroup': string;
  readonly 'webpart.objectKey': string;
  readonly 'webpart.view': string;
  readonly 'webpart.view.report': string;
  readonly 'webpart.view.portfolio': string;
  readonly 'webpart.dataGroup': string;
  readonly 'webpart.dataSiteUrl': string;
  readonly 'webpart.dataSiteUrl.description': string;
  readonly 'webpart.dataSiteUrl.invalid': string;
  readonly 'webpart.dataSiteUrl.otherHost': string;
  readonly 'webpart.approvalGroup': string;
  readonly 'webpart.approversGroup': string;
  readonly 'webpart.approversGroup.description': string;

  // Words and actions used on several screens
  readonly 'common.loading': string;
  readonly 'common.retry': string;
  readonly 'common.print': string;
  readonly 'common.close': string;
  readonly 'common.cancel': string;
  readonly 'common.confirm': string;
  readonly 'common.valueMissing': string;
  readonly 'common.none': string;
  readonly 'common.nothing': string;
  readonly 'common.nothingReported': string;

  // Errors of the data layer (RepositoryMessageKey): one text wherever they are shown
  readonly 'data.error.conflict': string;
  readonly 'data.error.forbidden': string;
  readonly 'data.error.notFound': string;
  readonly 'data.error.notProvisioned': string;
  readonly 'data.error.alreadyExists': string;
  readonly 'data.error.invalidState': string;
  readonly 'data.error.throttled': string;
  readonly 'data.error.throttledUntil': string;
  readonly 'data.error.network': string;
  readonly 'data.error.partialSave': string;
  readonly 'data.error.approvalNotApplied': string;
  readonly 'data.error.unexpected': string;
  readonly 'data.warning.coordinatorNotSet': string;

  // Loading a report for reading
  readonly 'reader.error.loadFailed': string;
  readonly 'reader.error.accessDenied': string;
  readonly 'reader.chooseObject': string;
  readonly 'reader.noApprovedReport': string;
  readonly 'reader.backToPortfolio': string;
  readonly 'reader.history': string;
  readonly 'reader.history.previous': string;
  readonly 'reader.history.next': string;
  readonly 'reader.history.showing': string;

  // The report: sections, fields and values as the template names them
  readonly 'report.section.header': string;
  readonly 'report.section.coordinator': string;
  readonly 'report.section.mission': string;
  readonly 'report.section.events': string;
  readonly 'report.section.kpis': string;
  readonly 'report.section.meetings': string;
  readonly 'report.section.problems': string;
  readonly 'report.section.activities': string;
  readonly 'report.section.economy': string;
  readonly 'report.section.staffing': string;
  readonly 'report.section.communication': string;
  readonly 'report.field.object': string;
  readonly 'report.field.quarter': string;
  readonly 'report.field.year': string;
  readonly 'report.field.chartCaption': string;
  readonly 'report.period': string;
  readonly 'report.percentagePoints': string;
  readonly 'report.kpi.keyFigure': string;
  readonly 'report.kpi.area': string;
  readonly 'report.kpi.difference': string;
  readonly 'report.kpi.change': string;
  readonly 'report.kpi.comment': string;
  readonly 'report.kpi.notComparable': string;
  readonly 'report.kpi.notComparablePeriods': string;
  readonly 'report.meeting.type': string;
  readonly 'report.meeting.frequency': string;
  readonly 'report.meeting.purpose': string;
  readonly 'report.staffing.fte': string;
  readonly 'report.economy.assessment': string;
  readonly 'report.problem.open': string;
  readonly 'report.problem.closed': string;
  readonly 'report.activity.planned': string;
  readonly 'report.activity.ongoing': string;
  readonly 'report.activity.done': string;

  // Assessments (status is never shown by colour alone: these words go with every icon)
  readonly 'assessment.good': string;
  readonly 'assessment.attention': string;
  readonly 'assessment.problem': string;
  readonly 'assessment.notAssessed': string;

  // Judged status of a report: the overall judgement and its areas
  readonly 'judgement.overall': string;
  readonly 'judgement.delivery': string;
  readonly 'judgement.economy': string;
  readonly 'judgement.resources': string;
  readonly 'judgement.risks': string;
  readonly 'judgement.dimensions': string;
  readonly 'judgement.notConfirmed': string;
  readonly 'judgement.history': string;

  // Status card
  readonly 'card.summary': string;
  readonly 'card.changeSinceLastYear': string;
  readonly 'card.approvedByOn': string;
  readonly 'card.notApproved': string;
  readonly 'card.submittedByOn': string;

  // KPI trend chart and its table
  readonly 'chart.chooser': string;
  readonly 'chart.showTable': string;
  readonly 'chart.hideTable': string;
  readonly 'chart.tableCaption': string;
  readonly 'chart.noHistory': string;
  readonly 'chart.nothingSelected': string;
  readonly 'chart.loadFailed': string;
  readonly 'chart.summary.increased': string;
  readonly 'chart.summary.decreased': string;
  readonly 'chart.summary.unchanged': string;
  readonly 'chart.summary.single': string;
  readonly 'chart.summary.noData': string;

  // Comparison with earlier reports
  readonly 'comparison.heading': string;
  readonly 'comparison.with': string;
  readonly 'comparison.previousQuarter': string;
  readonly 'comparison.sameQuarterLastYear': string;
  readonly 'comparison.changedKpis': string;
  readonly 'comparison.noKpiChanges': string;
  readonly 'comparison.changedJudgements': string;
  readonly 'comparison.noJudgementChanges': string;
  readonly 'comparison.judgementChange': string;
  readonly 'comparison.newProblems': string;
  readonly 'comparison.closedProblems': string;
  readonly 'comparison.noReport': string;

  // Portfolio
  readonly 'portfolio.caption': string;
  readonly 'portfolio.empty': string;
  readonly 'portfolio.column.period': string;
  readonly 'portfolio.column.approved': string;
  readonly 'portfolio.column.assessment': string;
  readonly 'portfolio.column.status': string;
  readonly 'portfolio.upToDate': string;
  readonly 'portfolio.overdue': string;
  readonly 'portfolio.neverApproved': string;

  // Workspace: report actions and creating the lists
  readonly 'workspace.actions': string;
  readonly 'workspace.edit': string;
  readonly 'workspace.review': string;
  readonly 'workspace.newQuarter': string;
  readonly 'workspace.newQuarter.created': string;
  readonly 'workspace.newQuarter.draftExists': string;
  readonly 'workspace.noReportToEdit': string;
  readonly 'workspace.editorRegion': string;
  readonly 'workspace.editorLoadFailed': string;
  readonly 'provisioning.missing.owner': string;
  readonly 'provisioning.missing.contactOwner': string;
  readonly 'provisioning.create': string;
  readonly 'provisioning.inProgress': string;
  readonly 'provisioning.done': string;
  readonly 'provisioning.forbidden': string;
  readonly 'provisioning.failed': string;
  readonly 'provisioning.incomplete': string;

  // Field checks of the domain (ValidationMessageKey, QuarterMessageKey)
  readonly 'validation.required': string;
  readonly 'validation.tooLong': string;
  readonly 'validation.quarterRange': string;
  readonly 'validation.yearRange': string;
  readonly 'validation.quarterFormat': string;
  readonly 'validation.fteRange': string;
  readonly 'validation.notFinite': string;
  readonly 'validation.unknownKpi': string;
  readonly 'validation.duplicateKpiKey': string;
  readonly 'validation.duplicateKpiEntry': string;
  readonly 'validation.keyFormat': string;
  readonly 'validation.dateFormat': string;
  readonly 'validation.judgementStatus': string;
  readonly 'validation.judgementCommentRequired': string;
  readonly 'validation.tooManyHeadlineKpis': string;
  readonly 'validation.generic': string;
  readonly 'validation.invalidCharacters': string;
  readonly 'validation.singleLine': string;

  // Numbers as people write them (NumberMessageKey)
  readonly 'number.empty': string;
  readonly 'number.invalid': string;
  readonly 'number.outOfRange': string;
  readonly 'number.unexpectedText': string;
  readonly 'number.ambiguous': string;

  // Editor
  readonly 'editor.title': string;
  readonly 'editor.loading': string;
  readonly 'editor.save': string;
  readonly 'editor.saving': string;
  readonly 'editor.savedAt': string;
  readonly 'editor.noChanges': string;
  readonly 'editor.unsavedChanges': string;
  readonly 'editor.close': string;
  readonly 'editor.leave.title': string;
  readonly 'editor.leave.text': string;
  readonly 'editor.leave.confirm': string;
  readonly 'editor.leave.stay': string;
  readonly 'editor.draft.restored': string;
  readonly 'editor.draft.discard': string;
  readonly 'editor.draft.notKept': string;
  readonly 'editor.errorSummary': string;
  readonly 'editor.field.period': string;
  readonly 'editor.field.text': string;
  readonly 'editor.field.subItems': string;
  readonly 'editor.field.date': string;
  readonly 'editor.field.kpiSectionTitle': string;
  readonly 'editor.field.kpiDefinitions': string;
  readonly 'editor.field.kpiCurrent': string;
  readonly 'editor.field.kpiPrevious': string;
  readonly 'editor.field.kpiValueHint': string;
  readonly 'editor.field.kpiHeadline': string;
  readonly 'editor.kpi.headlineFull': string;
  readonly 'editor.field.meetingCurrent': string;
  readonly 'editor.field.meetingPrevious': string;
  readonly 'editor.field.status': string;
  readonly 'editor.field.economyText': string;
  readonly 'editor.field.economyAssessment': string;
  readonly 'editor.field.fteStart': string;
  readonly 'editor.field.fteEnd': string;
  readonly 'editor.field.staffingNotes': string;
  readonly 'editor.row.event': string;
  readonly 'editor.row.kpi': string;
  readonly 'editor.row.meeting': string;
  readonly 'editor.row.problem': string;
  readonly 'editor.row.activity': string;
  readonly 'editor.row.item': string;
  readonly 'editor.add.event': string;
  readonly 'editor.add.kpi': string;
  readonly 'editor.add.meeting': string;
  readonly 'editor.add.problem': string;
  readonly 'editor.add.activity': string;
  readonly 'editor.add.item': string;
  readonly 'editor.row.moveUp': string;
  readonly 'editor.row.moveDown': string;
  readonly 'editor.row.remove': string;
  readonly 'editor.row.added': string;
  readonly 'editor.row.removed': string;
  readonly 'editor.row.moved': string;
  readonly 'editor.emptySection': string;
  readonly 'editor.section.judgements': string;
  readonly 'editor.judgement.intro': string;
  readonly 'editor.judgement.status': string;
  readonly 'editor.judgement.statusShort': string;
  readonly 'editor.judgement.comment': string;
  readonly 'editor.judgement.commentShort': string;
  readonly 'editor.judgement.commentHint': string;
  readonly 'editor.judgement.carriedOver': string;
  readonly 'editor.judgement.confirm': string;
  readonly 'editor.judgement.confirmNamed': string;
  readonly 'editor.judgement.confirmed': string;
  readonly 'editor.judgement.confirmAll': string;
  readonly 'editor.judgement.allConfirmed': string;

  // Key figure definitions
  readonly 'kpiDefinition.new': string;
  readonly 'kpiDefinition.label': string;
  readonly 'kpiDefinition.unit': string;
  readonly 'kpiDefinition.category': string;
  readonly 'kpiDefinition.create': string;
  readonly 'kpiDefinition.dialogTitle': string;
  readonly 'kpiDefinition.category.users': string;
  readonly 'kpiDefinition.category.usage': string;
  readonly 'kpiDefinition.category.communication': string;
  readonly 'kpiDefinition.category.support': string;
  readonly 'kpiDefinition.category.documentation': string;
  readonly 'kpiDefinition.category.training': string;
  readonly 'kpiDefinition.category.other': string;

  // Saving over someone else's changes
  readonly 'conflict.title': string;
  readonly 'conflict.text': string;
  readonly 'conflict.mine': string;
  readonly 'conflict.theirs': string;
  readonly 'conflict.empty': string;
  readonly 'conflict.noDifferences': string;
  readonly 'conflict.chooseFor': string;
  readonly 'conflict.keepMine': string;
  readonly 'conflict.takeTheirs': string;
  readonly 'conflict.saveMerged': string;

  // Approval
  readonly 'approval.heading': string;
  readonly 'approval.status': string;
  readonly 'approval.state.draft': string;
  readonly 'approval.state.pending': string;
  readonly 'approval.state.approved': string;
  readonly 'approval.state.returned': string;
  readonly 'approval.submit': string;
  readonly 'approval.approve': string;
  readonly 'approval.return': string;
  readonly 'approval.refresh': string;
  readonly 'approval.submit.title': string;
  readonly 'approval.submit.text': string;
  readonly 'approval.approve.title': string;
  readonly 'approval.return.title': string;
  readonly 'approval.comment.optional': string;
  readonly 'approval.comment.return': string;
  readonly 'approval.comment.returnRequired': string;
  readonly 'approval.reason.cannotApproveOwn': string;
  readonly 'approval.reason.saveFirst': string;
  readonly 'approval.reason.fixErrors': string;
  readonly 'approval.pendingInfo': string;
  readonly 'approval.submitted': string;
  readonly 'approval.approved': string;
  readonly 'approval.returned': string;
  readonly 'approval.returnedNotice': string;
  readonly 'approval.log.title': string;
  readonly 'approval.log.empty': string;
  readonly 'approval.log.submitted': string;
  readonly 'approval.log.returned': string;
  readonly 'approval.log.reopened': string;
  readonly 'approval.log.entryBy': string;
  readonly 'approval.log.revision': string;

  // Export to Word
  readonly 'export.button': string;
  readonly 'export.description': string;
  readonly 'export.inProgress': string;
  readonly 'export.done': string;
  readonly 'export.failed': string;

  // Import from Word or text
  readonly 'import.open': string;
  readonly 'import.title': string;
  readonly 'import.intro': string;
  readonly 'import.file': string;
  readonly 'import.file.chosen': string;
  readonly 'import.reading': string;
  readonly 'import.file.unsupported': string;
  readonly 'import.file.readFailed': string;
  readonly 'import.object.placeholder': string;
  readonly 'import.object.notInList': string;
  readonly 'import.object.loadFailed': string;
  readonly 'import.quarter.placeholder': string;
  readonly 'import.fromDocument': string;
  readonly 'import.preview.heading': string;
  readonly 'import.preview.intro': string;
  readonly 'import.preview.itemCount': string;
  readonly 'import.preview.rowCount': string;
  readonly 'import.preview.moreItems': string;
  readonly 'import.preview.economyAssessment': string;
  readonly 'import.preview.fte': string;
  readonly 'import.unplaced.heading': string;
  readonly 'import.unplaced.none': string;
  readonly 'import.unplaced.intro': string;
  readonly 'import.ignored.heading': string;
  readonly 'import.where.paragraph': string;
  readonly 'import.where.table': string;
  readonly 'import.where.inSection': string;
  readonly 'import.where.line': string;
  readonly 'import.where.unknown': string;
  readonly 'import.errors.heading': string;
  readonly 'import.confirm': string;
  readonly 'import.saving': string;
  readonly 'import.created': string;
  readonly 'import.created.open': string;
  readonly 'import.alreadyExists': string;
  readonly 'import.alreadyExists.open': string;
  readonly 'import.saveFailed': string;

  // Reading report text (ImportMessageKey): errors, then reasons a line was not placed
  readonly 'import.error.empty': string;
  readonly 'import.error.notAReport': string;
  readonly 'import.error.quarterMissing': string;
  readonly 'import.error.yearMissing': string;
  readonly 'import.error.quarterConflict': string;
  readonly 'import.error.yearConflict': string;
  readonly 'import.error.objectKeyMissing': string;
  readonly 'import.error.quarterRange': string;
  readonly 'import.error.yearRange': string;
  readonly 'import.unplaced.unknownSection': string;
  readonly 'import.unplaced.duplicateSection': string;
  readonly 'import.unplaced.textOutsideSection': string;
  readonly 'import.unplaced.unexpectedLine': string;
  readonly 'import.unplaced.subItemWithoutItem': string;
  readonly 'import.unplaced.extraCells': string;
  readonly 'import.unplaced.kpiLabelMissing': string;
  readonly 'import.unplaced.meetingTypeMissing': string;

  // Word documents (DocxMessageKey)
  readonly 'docx.error.empty': string;
  readonly 'docx.error.tooLarge': string;
  readonly 'docx.error.corrupt': string;
  readonly 'docx.error.notWordDocument': string;
  readonly 'docx.error.badXml': string;
  readonly 'docx.error.tooLargeUnzipped': string;
  readonly 'docx.error.noText': string;
  readonly 'docx.error.notAReport': string;
  readonly 'docx.error.yearUnknown': string;
  readonly 'docx.error.quarterUnknown': string;
  readonly 'docx.error.tableMissingColumns': string;
  readonly 'docx.error.chartNotPng': string;
  readonly 'docx.unplaced.unexpectedTable': string;
  readonly 'docx.unplaced.image': string;
  readonly 'docx.ignored.chart': string;
  readonly 'docx.table.kpi': string;
  readonly 'docx.table.meetings': string;

  // board
  readonly 'board.validation.answerStatusRequired': string;
  readonly 'board.validation.answerRequired': string;
  readonly 'board.validation.answerTooLong': string;
  readonly 'board.validation.duplicateAssignment': string;
  // board ui
  readonly 'boardUi.answer.done': string;
  readonly 'boardUi.answer.ongoing': string;
  readonly 'boardUi.answer.notStarted': string;
  readonly 'boardUi.answer.unanswered': string;
  readonly 'boardUi.answer.text': string;
  readonly 'boardUi.assignment.named': string;
  readonly 'boardUi.assignment.givenFor': string;
  readonly 'boardUi.assignment.answerBy': string;
  readonly 'boardUi.assignment.open': string;
  readonly 'boardUi.assignment.closed': string;
  readonly 'boardUi.assignment.closedByOn': string;
  readonly 'boardUi.reportingBack.heading': string;
  readonly 'boardUi.reportingBack.none': string;
  readonly 'boardUi.handling.heading': string;
  readonly 'boardUi.handling.none': string;
  readonly 'boardUi.handling.meetingDate': string;
  readonly 'boardUi.handling.notes': string;
  readonly 'boardUi.handling.decisions': string;
  readonly 'boardUi.handling.assignments': string;
  readonly 'boardUi.handling.record': string;
  readonly 'boardUi.handling.change': string;
  readonly 'boardUi.handling.saved': string;
  readonly 'boardUi.decision.minutesReference': string;
  readonly 'boardUi.decision.minutesReferenceShort': string;
  readonly 'boardUi.form.heading': string;
  readonly 'boardUi.form.meetingDateHint': string;
  readonly 'boardUi.form.meetingDateHintNext': string;
  readonly 'boardUi.form.meetingBeforeQuarterEnd': string;
  readonly 'boardUi.form.noDecisions': string;
  readonly 'boardUi.form.decisionText': string;
  readonly 'boardUi.form.minutesReferenceHint': string;
  readonly 'boardUi.form.addDecision': string;
  readonly 'boardUi.form.removeDecision': string;
  readonly 'boardUi.form.decisionRemoved': string;
  readonly 'boardUi.form.newAssignments': string;
  readonly 'boardUi.form.earlierAssignments': string;
  readonly 'boardUi.form.assignmentText': string;
  readonly 'boardUi.form.answerByHint': string;
  readonly 'boardUi.form.answerByTooEarly': string;
  readonly 'boardUi.form.addAssignment': string;
  readonly 'boardUi.form.removeAssignment': string;
  readonly 'boardUi.form.assignmentRemoved': string;
  readonly 'boardUi.form.hasErrors': string;
  readonly 'boardUi.form.save': string;
  readonly 'boardUi.form.saving': string;
  readonly 'boardUi.close.action': string;
  readonly 'boardUi.close.actionNamed': string;
  readonly 'boardUi.close.title': string;
  readonly 'boardUi.close.note': string;
  readonly 'boardUi.close.noteHint': string;
  readonly 'boardUi.close.confirm': string;
  readonly 'boardUi.history.heading': string;
  readonly 'boardUi.history.given': string;
  readonly 'boardUi.history.closed': string;
  readonly 'boardUi.editor.intro': string;
  readonly 'boardUi.editor.status': string;
  readonly 'boardUi.editor.answer': string;
  readonly 'boardUi.editor.answerHint': string;
  readonly 'boardUi.pack.tools': string;
  readonly 'boardUi.pack.quarter': string;
  readonly 'boardUi.pack.print': string;
  readonly 'boardUi.pack.show': string;
  readonly 'boardUi.pack.close': string;
  readonly 'boardUi.pack.title': string;
  readonly 'boardUi.pack.titleMeeting': string;
  readonly 'boardUi.pack.summary': string;
  readonly 'boardUi.pack.changed': string;
  readonly 'boardUi.pack.due': string;
  readonly 'boardUi.pack.noReport': string;
  readonly 'boardUi.pack.firstReport': string;
  readonly 'boardUi.pack.unchanged': string;
  readonly 'boardUi.pack.change': string;
  readonly 'boardUi.pack.assignments': string;
  readonly 'boardUi.due.yourReports': string;
  readonly 'boardUi.due.nextReport': string;
  readonly 'boardUi.due.notDue': string;
  readonly 'boardUi.due.dueSoon': string;
  readonly 'boardUi.due.overdue': string;
  readonly 'boardUi.due.submitted': string;
  readonly 'boardUi.due.noMeeting': string;
}

declare module 'StatusReportWebPartStrings' {
  const strings: IStatusReportStrings;
  export = strings;
}
