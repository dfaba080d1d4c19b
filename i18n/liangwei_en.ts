<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>CaseDialog</name>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>&amp;Basic data</source>
      <translation>&amp;Basic data</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>&amp;History</source>
      <translation>&amp;History</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>&amp;Workflow</source>
      <translation>&amp;Workflow</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>A&amp;ttachments</source>
      <translation>A&amp;ttachments</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Case</source>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Current status</source>
      <translation>Current status</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Demolish-first priorities</source>
      <translation>Demolish-first priorities</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Discovery</source>
      <translation>Discovery</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Next step</source>
      <translation>Next step</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Only the steps the workflow allows from the current status are offered. Each asks for the data it needs; the step is written when the case is saved.</source>
      <translation>Only the steps the workflow allows from the current status are offered. Each asks for the data it needs; the step is written when the case is saved.</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Party and building</source>
      <translation>Party and building</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Pending step (written on save)</source>
      <translation>Pending step (written on save)</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Step data</source>
      <translation>Step data</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>Steps so far</source>
      <translation>Steps so far</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.ui" />
      <source>With&amp;draw step</source>
      <translation>With&amp;draw step</translation>
    </message>
  </context>
  <context>
    <name>CasePanel</name>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>&amp;Overdue only</source>
      <translation>&amp;Overdue only</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>&amp;Priority</source>
      <translation>&amp;Priority</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>&amp;Refresh</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>&amp;Status</source>
      <translation>&amp;Status</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>&amp;Township</source>
      <translation>&amp;Township</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>Case number, party or address</source>
      <translation>Case number, party or address</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>Cases</source>
      <translation>Cases</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>Double-click a case, or press Enter, to zoom to it and open it</source>
      <translation>Double-click a case, or press Enter, to zoom to it and open it</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>No project database is loaded.</source>
      <translation>No project database is loaded.</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>Read the cases again from the project database</source>
      <translation>Read the cases again from the project database</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>S&amp;earch</source>
      <translation>S&amp;earch</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.ui" />
      <source>Stale</source>
      <translation>Stale</translation>
    </message>
  </context>
  <context>
    <name>DatabaseDialog</name>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>&amp;Create a new project database</source>
      <translation>&amp;Create a new project database</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>&amp;Open an existing project database</source>
      <translation>&amp;Open an existing project database</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>Coordinate &amp;reference system</source>
      <translation>Coordinate &amp;reference system</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>County &amp;division code</source>
      <translation>County &amp;division code</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>Create or open a project database</source>
      <translation>Create or open a project database</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>Database &amp;file</source>
      <translation>Database &amp;file</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>Over&amp;write the file if it exists</source>
      <translation>Over&amp;write the file if it exists</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>The 6-digit administrative division code of the county; case numbers start with it.</source>
      <translation>The 6-digit administrative division code of the county; case numbers start with it.</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>The layers of the database are added to the map in the group “两违治理”.</source>
      <translation>The layers of the database are added to the map in the group “两违治理”.</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>What do you want to do?</source>
      <translation>What do you want to do?</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>e.g. 330624</source>
      <translation>e.g. 330624</translation>
    </message>
  </context>
  <context>
    <name>InspectionDialog</name>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>&amp;1 Inspection</source>
      <translation>&amp;1 Inspection</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>&amp;2 Ground</source>
      <translation>&amp;2 Ground</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>&amp;3 Members</source>
      <translation>&amp;3 Members</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>&amp;4 Appraisal and measures</source>
      <translation>&amp;4 Appraisal and measures</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>&amp;Findings</source>
      <translation>&amp;Findings</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>&amp;Kind *</source>
      <translation>&amp;Kind *</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>&amp;Widest settlement crack (mm)</source>
      <translation>&amp;Widest settlement crack (mm)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>An appraised grade is recorded by an appraisal or a recheck; it becomes the house's appraisal (status: appraised).</source>
      <translation>An appraised grade is recorded by an appraisal or a recheck; it becomes the house's appraisal (status: appraised).</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Appraisal &amp;agency</source>
      <translation>Appraisal &amp;agency</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Appraised &amp;grade</source>
      <translation>Appraised &amp;grade</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>C&amp;racks over 5 mm</source>
      <translation>C&amp;racks over 5 mm</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Co&amp;llapse risk (close and evacuate at once)</source>
      <translation>Co&amp;llapse risk (close and evacuate at once)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Co&amp;py the counts of the last inspection</source>
      <translation>Co&amp;py the counts of the last inspection</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Ground indicators (JGJ 125-2016 stage 1). Leave a field empty when it was not measured: only measured values count.</source>
      <translation>Ground indicators (JGJ 125-2016 stage 1). Leave a field empty when it was not measured: only measured values count.</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Ins&amp;pector</source>
      <translation>Ins&amp;pector</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Inspected &amp;on *</source>
      <translation>Inspected &amp;on *</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>JGJ 125 grade (computed)</source>
      <translation>JGJ 125 grade (computed)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Measures taken (added to the house's measures)</source>
      <translation>Measures taken (added to the house's measures)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Mont&amp;hs of settlement</source>
      <translation>Mont&amp;hs of settlement</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Next steps</source>
      <translation>Next steps</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Patrol, screening, appraisal or recheck. Only an appraisal or a recheck can give an appraised grade.</source>
      <translation>Patrol, screening, appraisal or recheck. Only an appraisal or a recheck can give an appraised grade.</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Record a house inspection</source>
      <translation>Record a house inspection</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Required measures</source>
      <translation>Required measures</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Sc&amp;reening</source>
      <translation>Sc&amp;reening</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Screening (computed)</source>
      <translation>Screening (computed)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Se&amp;ttlement (mm/month)</source>
      <translation>Se&amp;ttlement (mm/month)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Settlement o&amp;ngoing</source>
      <translation>Settlement o&amp;ngoing</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Sli&amp;ding (mm)</source>
      <translation>Sli&amp;ding (mm)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>Sliding on&amp;going</source>
      <translation>Sliding on&amp;going</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>T&amp;ilt (%)</source>
      <translation>T&amp;ilt (%)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>The inspector's own screening class; the computed class is never milder.</source>
      <translation>The inspector's own screening class; the computed class is never milder.</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.ui" />
      <source>What was seen: cracks, leaks, alterations, use …</source>
      <translation>What was seen: cracks, leaks, alterations, use …</translation>
    </message>
  </context>
  <context>
    <name>Liangwei</name>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>&amp;Add files…</source>
      <translation>&amp;Add files…</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>&amp;Day</source>
      <translation>&amp;Day</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>&amp;Export</source>
      <translation>&amp;Export</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>&amp;Note (optional)</source>
      <translation>&amp;Note (optional)</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>&amp;Note (required: this step needs a written reason) *</source>
      <translation>&amp;Note (required: this step needs a written reason) *</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>&amp;Open</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>&amp;Period</source>
      <translation>&amp;Period</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>&amp;Remove</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>(assigned on save)</source>
      <translation>(assigned on save)</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>(none yet)</source>
      <translation>(none yet)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <location filename="../ui/inspection_dialog.py" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>(not given)</source>
      <translation>(not given)</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>(outside the zones)</source>
      <translation>(outside the zones)</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>(registered as a clue when first saved)</source>
      <translation>(registered as a clue when first saved)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>, zones {}</source>
      <translation>, zones {}</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>, {} basement storey(s)</source>
      <translation>, {} basement storey(s)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <source>A layout report is saved as a .pdf file: {}</source>
      <translation>A layout report is saved as a .pdf file: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>A login name has 1 to 63 bytes, no spaces around it, and does not start with pg_ or lw_; “{}” is not one.</source>
      <translation>A login name has 1 to 63 bytes, no spaces around it, and does not start with pg_ or lw_; “{}” is not one.</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>A new case needs its polygon: draw it on the map.</source>
      <translation>A new case needs its polygon: draw it on the map.</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>A new, empty GeoPackage is created for the county and its layers are added to the map in the group “两违治理”.</source>
      <translation>A new, empty GeoPackage is created for the county and its layers are added to the map in the group “两违治理”.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../ui/database_dialog.py" />
      <source>A project database is a GeoPackage: the file name must end in .gpkg ({}).</source>
      <translation>A project database is a GeoPackage: the file name must end in .gpkg ({}).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>A schema name is 1 to 40 lower-case letters, digits or _, starting with a letter, e.g. county_330624; “{}” is not one.</source>
      <translation>A schema name is 1 to 40 lower-case letters, digits or _, starting with a letter, e.g. county_330624; “{}” is not one.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>A township code has 9 digits, e.g. 330624100; “{}” is not one.</source>
      <translation>A township code has 9 digits, e.g. 330624100; “{}” is not one.</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Actor</source>
      <translation>Actor</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>Add photos and documents</source>
      <translation>Add photos and documents</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>After survey</source>
      <translation>After survey</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>All cases, closed too</source>
      <translation>All cases, closed too</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>All open cases</source>
      <translation>All open cases</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>All required measures are on the house record.</source>
      <translation>All required measures are on the house record.</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>All townships</source>
      <translation>All townships</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Annual demolition quota field (m²)</source>
      <translation>Annual demolition quota field (m²)</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Another user</source>
      <translation>Another user</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>Any priority flag</source>
      <translation>Any priority flag</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Appraised grade: {}</source>
      <translation>Appraised grade: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Approved construction (permits)</source>
      <translation>Approved construction (permits)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Assessment</source>
      <translation>Assessment</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Assessment per zone</source>
      <translation>Assessment per zone</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Assign townships and villages</source>
      <translation>Assign townships and villages</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Automatic (UTF-8 or GBK)</source>
      <translation>Automatic (UTF-8 or GBK)</translation>
    </message>
    <message>
      <location filename="../ui/member_grid.py" />
      <source>Basement {}</source>
      <translation>Basement {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Batch</source>
      <translation>Batch</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Before survey</source>
      <translation>Before survey</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <location filename="../plugin/core/patch_fields.py" />
      <source>Both “{}” and “{}” are mapped to “{}”: map one field to it.</source>
      <translation>Both “{}” and “{}” are mapped to “{}”: map one field to it.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Building changes</source>
      <translation>Building changes</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Building footprints after</source>
      <translation>Building footprints after</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Building footprints before</source>
      <translation>Building footprints before</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>CRS of the coordinates (empty: EPSG:4490)</source>
      <translation>CRS of the coordinates (empty: EPSG:4490)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Campaign start (default: the database setting)</source>
      <translation>Campaign start (default: the database setting)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Canceled after {} of {} features: the output is incomplete.</source>
      <translation>Canceled after {} of {} features: the output is incomplete.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Canceled.</source>
      <translation>Canceled.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Canceled: no database was written.</source>
      <translation>Canceled: no database was written.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <location filename="../processing/algorithms/export_report.py" />
      <source>Canceled: no report was written.</source>
      <translation>Canceled: no report was written.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Canceled: no statistics were written.</source>
      <translation>Canceled: no statistics were written.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Canceled: nothing was imported, the database is as it was.</source>
      <translation>Canceled: nothing was imported, the database is as it was.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Canceled: nothing was written back, the database is as it was.</source>
      <translation>Canceled: nothing was written back, the database is as it was.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Canceled: the check is incomplete.</source>
      <translation>Canceled: the check is incomplete.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Canceled: the output holds only the cases checked so far.</source>
      <translation>Canceled: the output holds only the cases checked so far.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Canceled: the output holds only the changes found so far.</source>
      <translation>Canceled: the output holds only the changes found so far.</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Canceling…</source>
      <translation>Canceling…</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Cannot use the connection “{}”: {}</source>
      <translation>Cannot use the connection “{}”: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Case ledger (XLSX)</source>
      <translation>Case ledger (XLSX)</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Case panel</source>
      <translation>Case panel</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Case records (PDF)</source>
      <translation>Case records (PDF)</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Case {}</source>
      <translation>Case {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Case {} (feature {})</source>
      <translation>Case {} (feature {})</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Case {} (feature {}) cannot be transformed for measuring: {}</source>
      <translation>Case {} (feature {}) cannot be transformed for measuring: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Case {} (feature {}) has no geometry: its spatial flags are kept as they were.</source>
      <translation>Case {} (feature {}) has no geometry: its spatial flags are kept as they were.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Case {} is not in the database {}. Nothing was written back.</source>
      <translation>Case {} is not in the database {}. Nothing was written back.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Case {} saved.</source>
      <translation>Case {} saved.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Case {}: the database refused the new flags ({}). Nothing was written back.</source>
      <translation>Case {}: the database refused the new flags ({}). Nothing was written back.</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>Cases</source>
      <translation>Cases</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Cases imported</source>
      <translation>Cases imported</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Cases imported: {}, duplicates: {}, rejected: {}.</source>
      <translation>Cases imported: {}, duplicates: {}, rejected: {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Cases touching a prohibited class: 0 of {}.</source>
      <translation>Cases touching a prohibited class: 0 of {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Cases touching a prohibited class: {} of {}: {}</source>
      <translation>Cases touching a prohibited class: {} of {}: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Cases written back</source>
      <translation>Cases written back</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Cases: {}. Flags set: cadre {}, four sides {}, obstructs {}, unsafe {}, typical {}, farmland {}.</source>
      <translation>Cases: {}. Flags set: cadre {}, four sides {}, obstructs {}, unsafe {}, typical {}, farmland {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Change parts smaller than {:g} m² dropped: {}.</source>
      <translation>Change parts smaller than {:g} m² dropped: {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Changes: {} new, {} expanded, {} raised, {} demolished.</source>
      <translation>Changes: {} new, {} expanded, {} raised, {} demolished.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Changing the coordinate reference system does not reproject the layers of this database.</source>
      <translation>Changing the coordinate reference system does not reproject the layers of this database.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Check date (empty: today)</source>
      <translation>Check date (empty: today)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Check date {}; a case is stale after {} days without an event.</source>
      <translation>Check date {}; a case is stale after {} days without an event.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Check planning conflicts</source>
      <translation>Check planning conflicts</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Checks the violations, houses and zones of a project database and lists every problem found, one row each.

Problems (the field “problem” holds the key, “message” says it in words):
invalid_geometry — the geometry is invalid;
empty_geometry — the feature has no geometry;
missing_field — a mandatory field is empty (the required fields of the database, and the township of cases and houses);
township_mismatch / village_mismatch — the township or village code is not the zone the feature lies in (largest overlap with the zones layer; the village is compared when the township agrees);
outside_zones — the feature lies outside every township and village;
overlapping_open_cases — two open cases overlap by more than 0.01 m² (each pair once, on the case with the lower feature id; the message names both);
stale_case — an open case has had no event for more than the stale days before the check date (read from the case events of the violations layer's database; skipped when the violations layer is not a project database table);
d_house_without_measures — a house appraised D (整幢危房) has no rectification measure.

Stale days: left at 30, the database's setting “Days without an event before a case is stale” (stale_days, 30 unless changed) is used; any other value is used as entered. Check date: today when empty.

Output: a point layer in the CRS of the violations layer with the fields layer, feature_id, code (case number, house code or zone code), problem and message. The point is a point on the problem feature (for an overlap, on the overlapping area); a feature without a usable geometry gives a row without geometry. The log counts the problems of each kind. Nothing in the database is changed.</source>
      <translation>Checks the violations, houses and zones of a project database and lists every problem found, one row each.

Problems (the field “problem” holds the key, “message” says it in words):
invalid_geometry — the geometry is invalid;
empty_geometry — the feature has no geometry;
missing_field — a mandatory field is empty (the required fields of the database, and the township of cases and houses);
township_mismatch / village_mismatch — the township or village code is not the zone the feature lies in (largest overlap with the zones layer; the village is compared when the township agrees);
outside_zones — the feature lies outside every township and village;
overlapping_open_cases — two open cases overlap by more than 0.01 m² (each pair once, on the case with the lower feature id; the message names both);
stale_case — an open case has had no event for more than the stale days before the check date (read from the case events of the violations layer's database; skipped when the violations layer is not a project database table);
d_house_without_measures — a house appraised D (整幢危房) has no rectification measure.

Stale days: left at 30, the database's setting “Days without an event before a case is stale” (stale_days, 30 unless changed) is used; any other value is used as entered. Check date: today when empty.

Output: a point layer in the CRS of the violations layer with the fields layer, feature_id, code (case number, house code or zone code), problem and message. The point is a point on the problem feature (for an overlap, on the overlapping area); a feature without a usable geometry gives a row without geometry. The log counts the problems of each kind. Nothing in the database is changed.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Choose a PostgreSQL connection.</source>
      <translation>Choose a PostgreSQL connection.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Choose a coordinate reference system, e.g. EPSG:4490 (CGCS2000).</source>
      <translation>Choose a coordinate reference system, e.g. EPSG:4490 (CGCS2000).</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Choose at least one township.</source>
      <translation>Choose at least one township.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Choose the field for “{}”.</source>
      <translation>Choose the field for “{}”.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Choose the field of the planning layer holding the class.</source>
      <translation>Choose the field of the planning layer holding the class.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../ui/database_dialog.py" />
      <source>Choose the file of the project database.</source>
      <translation>Choose the file of the project database.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Choose the file of the report ({}).</source>
      <translation>Choose the file of the report ({}).</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Choose the file of the report.</source>
      <translation>Choose the file of the report.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Choose the layer “{}” of a project database.</source>
      <translation>Choose the layer “{}” of a project database.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Choose the zones layer.</source>
      <translation>Choose the zones layer.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Click a self-built house on the map to record an inspection: member counts and ground indicators, with the screening class and the JGJ 125 grade computed as you type.</source>
      <translation>Click a self-built house on the map to record an inspection: member counts and ground indicators, with the screening class and the JGJ 125 grade computed as you type.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Click a violation on the map to open its case.</source>
      <translation>Click a violation on the map to open its case.</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Co&amp;py the counts of the inspection of {}</source>
      <translation>Co&amp;py the counts of the inspection of {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Compares two building-footprint surveys (before and after) and lists what changed: new buildings, extensions, added storeys and demolitions.

Before / After: building footprint polygons, each in any CRS. The overlay is done in the CRS of the after survey, or in the local CGCS2000 Gauss–Krüger zone when that CRS is geographic; areas are ellipsoidal m² whatever the CRS. The output is in the CRS of the after survey.
Permits (optional): polygons of approved construction.
Zones (optional): the zones layer of a project database; each change gets the township and village holding most of it.
Minimum area: change parts smaller than this (m²) are dropped and counted in the log.
Storeys fields (optional): storeys above ground in each survey.

Rule: an after footprint continues an existing building when before footprints cover at least the smaller of the minimum area and 10 % of it. new: an after footprint continuing no building; the change is its part not covered by before footprints. expanded: the part of a continuing footprint outside the before footprints. raised: a continuing footprint with more storeys than the before footprint it overlaps most; the change is the whole footprint. demolished: the part of a before footprint not covered by any after footprint.

Output fields: change_type, area_m2 (ellipsoidal area of the change), storeys_before, storeys_after, permitted_share (share of the change covered by permits, 0 to 1; 0 without permits), township_code, village_code, before_fid, after_fid. A change covered by permits is still listed, with permitted_share 1.

An invalid polygon is repaired when the repair changes its area by less than 1 %; otherwise it is skipped and named in the log.</source>
      <translation>Compares two building-footprint surveys (before and after) and lists what changed: new buildings, extensions, added storeys and demolitions.

Before / After: building footprint polygons, each in any CRS. The overlay is done in the CRS of the after survey, or in the local CGCS2000 Gauss–Krüger zone when that CRS is geographic; areas are ellipsoidal m² whatever the CRS. The output is in the CRS of the after survey.
Permits (optional): polygons of approved construction.
Zones (optional): the zones layer of a project database; each change gets the township and village holding most of it.
Minimum area: change parts smaller than this (m²) are dropped and counted in the log.
Storeys fields (optional): storeys above ground in each survey.

Rule: an after footprint continues an existing building when before footprints cover at least the smaller of the minimum area and 10 % of it. new: an after footprint continuing no building; the change is its part not covered by before footprints. expanded: the part of a continuing footprint outside the before footprints. raised: a continuing footprint with more storeys than the before footprint it overlaps most; the change is the whole footprint. demolished: the part of a before footprint not covered by any after footprint.

Output fields: change_type, area_m2 (ellipsoidal area of the change), storeys_before, storeys_after, permitted_share (share of the change covered by permits, 0 to 1; 0 without permits), township_code, village_code, before_fid, after_fid. A change covered by permits is still listed, with permitted_share 1.

An invalid polygon is repaired when the repair changes its area by less than 1 %; otherwise it is skipped and named in the log.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Coordinate reference system</source>
      <translation>Coordinate reference system</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Coordinates: {} and {}, in {}.</source>
      <translation>Coordinates: {} and {}, in {}.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>County &amp;&amp; CRS</source>
      <translation>County &amp;&amp; CRS</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>County division code (6 digits)</source>
      <translation>County division code (6 digits)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>County schema</source>
      <translation>County schema</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Create a new project database for a county, or open an existing one, and add its layers to the map</source>
      <translation>Create a new project database for a county, or open an existing one, and add its layers to the map</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Create county database on PostGIS</source>
      <translation>Create county database on PostGIS</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <source>Create project database</source>
      <translation>Create project database</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Create township role</source>
      <translation>Create township role</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <location filename="../ui/case_panel.py" />
      <source>Create/open project database</source>
      <translation>Create/open project database</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Created the county database {}.</source>
      <translation>Created the county database {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Created the demo county database {}.</source>
      <translation>Created the demo county database {}.</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>Created the project database {} for county {} ({}).</source>
      <translation>Created the project database {} for county {} ({}).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <source>Created the project database {}.</source>
      <translation>Created the project database {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Created the reference data {} in {} s: {}.</source>
      <translation>Created the reference data {} in {} s: {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Creates a project database filled with a made-up county for training, demonstrations and tests: townships and villages with their boundaries and quotas, violation cases at every stage of the workflow with their case events, and self-built houses with inspections, appraisals and rectification.

Seed: the same seed and numbers always give the same county.
Townships, villages, violations: how many to make.
Houses: how many self-built houses; 0 means three per violation.
Overwrite: an existing file is only replaced when this is ticked.
Reference data (optional): a second GeoPackage with what a county keeps beside its project database: roads, railways, rivers, hills, farmland, planning zones, planned projects, the building surveys of 2023 and 2024 with their changes, construction permits and a batch of satellite change polygons in the provincial field layout (JCBH, XZQDM, JCMJ…). It is made for the same county and the same seed.

Areas are computed on the ellipsoid. The database is written to a temporary file and moved into place at the end: when the run fails or is canceled, no file is left behind and an existing file is not touched. The database is not added to the map: open it with “Create/open project database”.</source>
      <translation>Creates a project database filled with a made-up county for training, demonstrations and tests: townships and villages with their boundaries and quotas, violation cases at every stage of the workflow with their case events, and self-built houses with inspections, appraisals and rectification.

Seed: the same seed and numbers always give the same county.
Townships, villages, violations: how many to make.
Houses: how many self-built houses; 0 means three per violation.
Overwrite: an existing file is only replaced when this is ticked.
Reference data (optional): a second GeoPackage with what a county keeps beside its project database: roads, railways, rivers, hills, farmland, planning zones, planned projects, the building surveys of 2023 and 2024 with their changes, construction permits and a batch of satellite change polygons in the provincial field layout (JCBH, XZQDM, JCMJ…). It is made for the same county and the same seed.

Areas are computed on the ellipsoid. The database is written to a temporary file and moved into place at the end: when the run fails or is canceled, no file is left behind and an existing file is not touched. The database is not added to the map: open it with “Create/open project database”.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <source>Creates an empty Liangwei project database: one GeoPackage file holding the zones, violations, case events, attachments, self-built houses and their inspections, the settings of the county and the default layer styles.

County division code: the 6-digit administrative division code of the county, e.g. 330624. Case numbers start with it.
CRS: the coordinate reference system of the stored geometries; the default EPSG:4490 (CGCS2000) suits a whole county. Areas are always computed on the ellipsoid, whatever the CRS.
Overwrite: an existing file is only replaced when this is ticked.

The file is built in a temporary file and moved into place at the end, so a failure never leaves a half-made database. It is not added to the map: open it with “Create/open project database” to get its styled layers.</source>
      <translation>Creates an empty Liangwei project database: one GeoPackage file holding the zones, violations, case events, attachments, self-built houses and their inspections, the settings of the county and the default layer styles.

County division code: the 6-digit administrative division code of the county, e.g. 330624. Case numbers start with it.
CRS: the coordinate reference system of the stored geometries; the default EPSG:4490 (CGCS2000) suits a whole county. Areas are always computed on the ellipsoid, whatever the CRS.
Overwrite: an existing file is only replaced when this is ticked.

The file is built in a temporary file and moved into place at the end, so a failure never leaves a half-made database. It is not added to the map: open it with “Create/open project database” to get its styled layers.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Creates the Liangwei county database in a new schema of a PostgreSQL/PostGIS database, for a county whose office and township offices edit the same cases at the same time: the same tables, rules and workflow as a project GeoPackage, with case numbers, the audit trail and the rights of each office kept by the database itself, whatever client writes.

Connection: a PostgreSQL connection saved in QGIS (Browser › PostgreSQL › New Connection) to a database with the PostGIS extension. Its role must be allowed to create schemas in the database and to create roles (CREATEROLE), e.g. the database owner.
Schema: the name of the new schema, lower-case letters, digits and _ (e.g. county_330624). An existing schema is never touched.
County division code: the 6-digit code of the county; case numbers start with it.
CRS: the coordinate reference system of the geometries (default EPSG:4490, CGCS2000).

Also creates the group roles lw_&lt;schema&gt;_county_admin (everything), lw_&lt;schema&gt;_county_viewer (reads everything, also the audit trail), lw_&lt;schema&gt;_township_editor and lw_&lt;schema&gt;_township_viewer; give people logins that are members of them. Use “Create township role” for each township's editors and viewers. Default layer styles go to the table layer_styles, where QGIS finds them.

Everything is created in one transaction: a failure leaves nothing behind.</source>
      <translation>Creates the Liangwei county database in a new schema of a PostgreSQL/PostGIS database, for a county whose office and township offices edit the same cases at the same time: the same tables, rules and workflow as a project GeoPackage, with case numbers, the audit trail and the rights of each office kept by the database itself, whatever client writes.

Connection: a PostgreSQL connection saved in QGIS (Browser › PostgreSQL › New Connection) to a database with the PostGIS extension. Its role must be allowed to create schemas in the database and to create roles (CREATEROLE), e.g. the database owner.
Schema: the name of the new schema, lower-case letters, digits and _ (e.g. county_330624). An existing schema is never touched.
County division code: the 6-digit code of the county; case numbers start with it.
CRS: the coordinate reference system of the geometries (default EPSG:4490, CGCS2000).

Also creates the group roles lw_&lt;schema&gt;_county_admin (everything), lw_&lt;schema&gt;_county_viewer (reads everything, also the audit trail), lw_&lt;schema&gt;_township_editor and lw_&lt;schema&gt;_township_viewer; give people logins that are members of them. Use “Create township role” for each township's editors and viewers. Default layer styles go to the table layer_styles, where QGIS finds them.

Everything is created in one transaction: a failure leaves nothing behind.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Creates the database role of one township's editors or viewers in a county database on PostGIS (made with “Create county database on PostGIS”), and optionally a login that is a member of it.

Township code: the 9-digit code of a township, street or park in the zones.
Kind: editors read the whole county and write only the cases and houses (with their events, attachments and inspections) of their township; viewers read.
Login and password (optional): the person's database login; it is created when it does not exist, otherwise it becomes a member of the role (its password is changed only when one is given). Note that QGIS keeps the parameters of a run, the password too, in its Processing history: leave it empty and set it with psql's \password if that matters.

The role is called lw_&lt;schema&gt;_&lt;township code&gt;_&lt;kind&gt;. PostgreSQL itself enforces it (row-level security, grants and triggers), in QGIS and in any other client. The connection's role needs CREATEROLE.</source>
      <translation>Creates the database role of one township's editors or viewers in a county database on PostGIS (made with “Create county database on PostGIS”), and optionally a login that is a member of it.

Township code: the 9-digit code of a township, street or park in the zones.
Kind: editors read the whole county and write only the cases and houses (with their events, attachments and inspections) of their township; viewers read.
Login and password (optional): the person's database login; it is created when it does not exist, otherwise it becomes a member of the role (its password is changed only when one is given). Note that QGIS keeps the parameters of a run, the password too, in its Processing history: leave it empty and set it with psql's \password if that matters.

The role is called lw_&lt;schema&gt;_&lt;township code&gt;_&lt;kind&gt;. PostgreSQL itself enforces it (row-level security, grants and triggers), in QGIS and in any other client. The connection's role needs CREATEROLE.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Creating the county database {} for county {} in {}…</source>
      <translation>Creating the county database {} for county {} in {}…</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Creating the project database for county {}…</source>
      <translation>Creating the project database for county {}…</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <source>Creating {} for county {} in {}…</source>
      <translation>Creating {} for county {} in {}…</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Cultivated land / permanent basic farmland</source>
      <translation>Cultivated land / permanent basic farmland</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Custom dates</source>
      <translation>Custom dates</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Daily zero report (XLSX)</source>
      <translation>Daily zero report (XLSX)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Database connection</source>
      <translation>Database connection</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Database upgraded: {}</source>
      <translation>Database upgraded: {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Default layer styles written to {}.</source>
      <translation>Default layer styles written to {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Detect building changes</source>
      <translation>Detect building changes</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Discard the inspection?</source>
      <translation>Discard the inspection?</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Discovery source</source>
      <translation>Discovery source</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Distances</source>
      <translation>Distances</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Distances are measured in {} ({}).</source>
      <translation>Distances are measured in {} ({}).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Division code field</source>
      <translation>Division code field</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Draw the polygon of a new violation on the map: click its vertices, then right-click or press Enter. Backspace removes the last vertex, Escape starts over.</source>
      <translation>Draw the polygon of a new violation on the map: click its vertices, then right-click or press Enter. Backspace removes the last vertex, Escape starts over.</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>Drop files here or use “Add files…”. Saved attachments are part of the case record and cannot be removed.</source>
      <translation>Drop files here or use “Add files…”. Saved attachments are part of the case record and cannot be removed.</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>Drop photos and documents here, or use “Add files…”. Double-click or press Enter to open one.</source>
      <translation>Drop photos and documents here, or use “Add files…”. Double-click or press Enter to open one.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Duplicate overlap (share of the smaller area)</source>
      <translation>Duplicate overlap (share of the smaller area)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Duplicate overlap: {:.0f} % of the smaller area (the database's setting duplicate_overlap).</source>
      <translation>Duplicate overlap: {:.0f} % of the smaller area (the database's setting duplicate_overlap).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Duplicate overlap: {:.0f} % of the smaller area.</source>
      <translation>Duplicate overlap: {:.0f} % of the smaller area.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Duplicates</source>
      <translation>Duplicates</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Edit the settings of the project database (shared by everyone who uses it)</source>
      <translation>Edit the settings of the project database (shared by everyone who uses it)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Editor</source>
      <translation>Editor</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Enter the 6-digit county division code, e.g. 330624.</source>
      <translation>Enter the 6-digit county division code, e.g. 330624.</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Enter the construction or discovery date to classify it (cut-off date {}).</source>
      <translation>Enter the construction or discovery date to classify it (cut-off date {}).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Every township needs at least one village: ask for at least {} villages.</source>
      <translation>Every township needs at least one village: ask for at least {} villages.</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Existing login {} made a member of {}.</source>
      <translation>Existing login {} made a member of {}.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Export a monthly bulletin, wall maps, case or house records as PDF, or ledgers and summaries as spreadsheets</source>
      <translation>Export a monthly bulletin, wall maps, case or house records as PDF, or ledgers and summaries as spreadsheets</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../ui/report_dialog.py" />
      <source>Export a report</source>
      <translation>Export a report</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Export a report — {}</source>
      <translation>Export a report — {}</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Export report</source>
      <translation>Export report</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Feature {}</source>
      <translation>Feature {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Feature {} (code {})</source>
      <translation>Feature {} (code {})</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Feature {} (code {}, “{}”)</source>
      <translation>Feature {} (code {}, “{}”)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Feature {} (patch {})</source>
      <translation>Feature {} (patch {})</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Feature {} could not be written to the output: {}</source>
      <translation>Feature {} could not be written to the output: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Feature {} of the focus places cannot be transformed to {}: {}</source>
      <translation>Feature {} of the focus places cannot be transformed to {}: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Feature {} of the houses layer has no house code: nothing was written back.</source>
      <translation>Feature {} of the houses layer has no house code: nothing was written back.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Feature {} of the violations layer has no case number: nothing was written back.</source>
      <translation>Feature {} of the violations layer has no case number: nothing was written back.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Feature {} of the {} layer cannot be transformed to {}: {}</source>
      <translation>Feature {} of the {} layer cannot be transformed to {}: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Features rejected</source>
      <translation>Features rejected</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Features with township and village</source>
      <translation>Features with township and village</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Field map (empty: the preset for provincial field names)</source>
      <translation>Field map (empty: the preset for provincial field names)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Field map (empty: the preset for the national survey form)</source>
      <translation>Field map (empty: the preset for the national survey form)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Field map: {}</source>
      <translation>Field map: {}</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>Fixed by this step.</source>
      <translation>Fixed by this step.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Flag demolish-first priorities</source>
      <translation>Flag demolish-first priorities</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Focus distance (m)</source>
      <translation>Focus distance (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Focus distance: {} m (the database setting).</source>
      <translation>Focus distance: {} m (the database setting).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Focus distance: {} m.</source>
      <translation>Focus distance: {} m.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Focus places (schools, hospitals, markets …)</source>
      <translation>Focus places (schools, hospitals, markets …)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Focus places: {}.</source>
      <translation>Focus places: {}.</translation>
    </message>
    <message>
      <location filename="../ui/member_grid.py" />
      <source>Foundation</source>
      <translation>Foundation</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Four-sides distance (m)</source>
      <translation>Four-sides distance (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Four-sides distance: {} m (the database setting).</source>
      <translation>Four-sides distance: {} m (the database setting).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Four-sides distance: {} m.</source>
      <translation>Four-sides distance: {} m.</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Generate demo county</source>
      <translation>Generate demo county</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Generating the reference data: roads, rivers, farmland, planning, building surveys, permits and satellite patches…</source>
      <translation>Generating the reference data: roads, rivers, farmland, planning, building surveys, permits and satellite patches…</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Generating {} townships, {} villages, {} violations and {} houses (seed {})…</source>
      <translation>Generating {} townships, {} villages, {} violations and {} houses (seed {})…</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <location filename="../ui/database_dialog.py" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Geometries repaired</source>
      <translation>Geometries repaired</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Gives every feature of a layer the township and the village it lies in.

Input: any vector layer (polygons, lines or points), in any CRS.
Zones: the zones table of a project database, or any polygon layer with the fields zone_code, level and parent_code; its township-level zones (township, street, park) and village-level zones (village, community) are used.

The township is the one holding the largest part of the feature (area for polygons, length for lines; a point goes to the zone containing it); the village is then chosen the same way among the villages of that township, so the two codes always agree. Parts differing by less than 0.01 % count as equal, and the lower code wins.

Output: the input's features and fields, with the fields township_code, village_code and zone_share (the share of the feature inside its chosen zone, from 0 to 1: the village, or the township when no village of it holds the feature). Existing fields of these names are replaced. Features outside every zone get empty codes and are counted in the log.</source>
      <translation>Gives every feature of a layer the township and the village it lies in.

Input: any vector layer (polygons, lines or points), in any CRS.
Zones: the zones table of a project database, or any polygon layer with the fields zone_code, level and parent_code; its township-level zones (township, street, park) and village-level zones (village, community) are used.

The township is the one holding the largest part of the feature (area for polygons, length for lines; a point goes to the zone containing it); the village is then chosen the same way among the villages of that township, so the two codes always agree. Parts differing by less than 0.01 % count as equal, and the lower code wins.

Output: the input's features and fields, with the fields township_code, village_code and zone_share (the share of the feature inside its chosen zone, from 0 to 1: the village, or the township when no village of it holds the feature). Existing fields of these names are replaced. Features outside every zone get empty codes and are counted in the log.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Grade self-built houses</source>
      <translation>Grade self-built houses</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Graded houses</source>
      <translation>Graded houses</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Grades every self-built house: its screening class (存在严重 / 一定安全隐患 / 未发现安全隐患), its JGJ 125-2016 grade computed from the member counts and ground indicators, the focus flags, the measures it needs and those missing on its record, the actions due, the date of its next inspection and its rank by risk across the houses graded.

Houses: the houses layer of a project database, or any point or polygon layer with the same fields.
Inspections (optional): the house_inspections layer of a project database; the member counts are read from the inspection_members table of the same database. Left empty while the houses layer belongs to a project database, that database's inspections and member counts are used. Inspections after the grading date are ignored.
Focus places (optional; points or polygons: schools, hospitals, markets, resettlement areas …): a house within the focus distance of one (a house exactly at the distance counts) is near a focus place. Without this layer the flag stays as it was.
Focus distance: in metres. Left at 200 m, the database's setting “Focus-area distance (m)” (focus_distance_m) is used when the houses come from a project database. Distances are measured in the houses layer's CRS when it is projected in metres, otherwise in the CGCS2000 3° Gauss–Krüger zone nearest to the data's longitude; the focus places may be in any CRS.
Rules (optional): a JSON file with the structure of the plugin's resources/screening_rules.json; the values it gives replace the defaults, unknown keys are refused.
Grading date: the day the grading is for (default today): ages, the inspections taken into account and overdue inspections are counted at this date.

Grade (JGJ 125-2016): from the latest inspection with member counts or ground indicators. The ground is dangerous (grade D) with settlement over 4 mm/month for 2 months still going, a settlement crack over 10 mm or several over 5 mm with a tilt over 1 %, a tilt over 3 % (1–2 storeys) or 2 % (3 storeys or more), or sliding over 10 mm still going. Otherwise the weighted ratio R of dangerous members decides: 0 → A; below 5 % → B, or C with a Du layer; 5 % to below 25 % → C, or D with more Du layers than (storeys + basements + 1) / 3; 25 % or more → D. The grade mismatch is set when the appraised grade and the computed grade differ.
Screening, by default: serious with a collapse risk, a dangerous ground, grade C or D (the worse of the appraised and the computed grade), a crack of 10 mm or a tilt of 1 % or more, or a focus business house altered without professional design; some hazard with grade B, a crack of 2 mm, a crack over 5 mm, a tilt of 0.5 %, an alteration without professional design, or an earth-timber, brick-timber or stone house over 30 years old; never milder than the inspector's own class.
Focus: business use with 3 or more storeys or 10 or more occupants; altered (storey added, extended, structure or use changed, basement dug); near a focus place.
Measures: D → stop use, evacuate, cordon (and stop business for a business house); C → restrict use, repair; a collapse risk → stop use, evacuate, cordon. Actions: appraise now (serious, not appraised), arrange an appraisal (some hazard), make the one-building plan, take the missing measures, review the grade, inspection due.
Next inspection: the last inspection plus the cycle of the database settings: business use monthly; over 30 years old or hazardous yearly; over 20 years every 3 years; otherwise every 5 years.
Risk rank: grade D or collapse risk first, then C, serious, some hazard, focus houses, the rest; within each, more occupants first, then more storeys.

Write back: with “Write the results to the houses table” ticked, the results, the next inspection date and the grading date are written into the houses table in one transaction: when anything fails or the run is canceled, nothing is written.</source>
      <translation>Grades every self-built house: its screening class (存在严重 / 一定安全隐患 / 未发现安全隐患), its JGJ 125-2016 grade computed from the member counts and ground indicators, the focus flags, the measures it needs and those missing on its record, the actions due, the date of its next inspection and its rank by risk across the houses graded.

Houses: the houses layer of a project database, or any point or polygon layer with the same fields.
Inspections (optional): the house_inspections layer of a project database; the member counts are read from the inspection_members table of the same database. Left empty while the houses layer belongs to a project database, that database's inspections and member counts are used. Inspections after the grading date are ignored.
Focus places (optional; points or polygons: schools, hospitals, markets, resettlement areas …): a house within the focus distance of one (a house exactly at the distance counts) is near a focus place. Without this layer the flag stays as it was.
Focus distance: in metres. Left at 200 m, the database's setting “Focus-area distance (m)” (focus_distance_m) is used when the houses come from a project database. Distances are measured in the houses layer's CRS when it is projected in metres, otherwise in the CGCS2000 3° Gauss–Krüger zone nearest to the data's longitude; the focus places may be in any CRS.
Rules (optional): a JSON file with the structure of the plugin's resources/screening_rules.json; the values it gives replace the defaults, unknown keys are refused.
Grading date: the day the grading is for (default today): ages, the inspections taken into account and overdue inspections are counted at this date.

Grade (JGJ 125-2016): from the latest inspection with member counts or ground indicators. The ground is dangerous (grade D) with settlement over 4 mm/month for 2 months still going, a settlement crack over 10 mm or several over 5 mm with a tilt over 1 %, a tilt over 3 % (1–2 storeys) or 2 % (3 storeys or more), or sliding over 10 mm still going. Otherwise the weighted ratio R of dangerous members decides: 0 → A; below 5 % → B, or C with a Du layer; 5 % to below 25 % → C, or D with more Du layers than (storeys + basements + 1) / 3; 25 % or more → D. The grade mismatch is set when the appraised grade and the computed grade differ.
Screening, by default: serious with a collapse risk, a dangerous ground, grade C or D (the worse of the appraised and the computed grade), a crack of 10 mm or a tilt of 1 % or more, or a focus business house altered without professional design; some hazard with grade B, a crack of 2 mm, a crack over 5 mm, a tilt of 0.5 %, an alteration without professional design, or an earth-timber, brick-timber or stone house over 30 years old; never milder than the inspector's own class.
Focus: business use with 3 or more storeys or 10 or more occupants; altered (storey added, extended, structure or use changed, basement dug); near a focus place.
Measures: D → stop use, evacuate, cordon (and stop business for a business house); C → restrict use, repair; a collapse risk → stop use, evacuate, cordon. Actions: appraise now (serious, not appraised), arrange an appraisal (some hazard), make the one-building plan, take the missing measures, review the grade, inspection due.
Next inspection: the last inspection plus the cycle of the database settings: business use monthly; over 30 years old or hazardous yearly; over 20 years every 3 years; otherwise every 5 years.
Risk rank: grade D or collapse risk first, then C, serious, some hazard, focus houses, the rest; within each, more occupants first, then more storeys.

Write back: with “Write the results to the houses table” ticked, the results, the next inspection date and the grading date are written into the houses table in one transaction: when anything fails or the run is canceled, nothing is written.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Grading date (default today)</source>
      <translation>Grading date (default today)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Grading date: {}. Rules: {}. Cycles (months): business {}, over 30 years or hazardous {}, over 20 years {}, other {}.</source>
      <translation>Grading date: {}. Rules: {}. Cycles (months): business {}, over 30 years or hazardous {}, over 20 years {}, other {}.</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Ground: dangerous</source>
      <translation>Ground: dangerous</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Group role {}: {}</source>
      <translation>Group role {}: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Hills</source>
      <translation>Hills</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>House inspections (house_inspections table)</source>
      <translation>House inspections (house_inspections table)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>House ledger (XLSX)</source>
      <translation>House ledger (XLSX)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>House records (PDF)</source>
      <translation>House records (PDF)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>House {} (feature {})</source>
      <translation>House {} (feature {})</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>House {} cannot be transformed for measuring: {}</source>
      <translation>House {} cannot be transformed for measuring: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>House {} is not in the database {}. Nothing was written back.</source>
      <translation>House {} is not in the database {}. Nothing was written back.</translation>
    </message>
    <message>
      <location filename="../plugin/store/inspections.py" />
      <source>House {} was changed by someone else after this dialog read it. Nothing was saved: close the dialog and record the inspection again.</source>
      <translation>House {} was changed by someone else after this dialog read it. Nothing was saved: close the dialog and record the inspection again.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>House {}: the JGJ 125 grade cannot be computed: {}</source>
      <translation>House {}: the JGJ 125 grade cannot be computed: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>House {}: the database refused the results ({}). Nothing was written back.</source>
      <translation>House {}: the database refused the results ({}). Nothing was written back.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Houses (points, polygons, or a table with coordinates)</source>
      <translation>Houses (points, polygons, or a table with coordinates)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Houses (with appraisal grade and screening)</source>
      <translation>Houses (with appraisal grade and screening)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Houses graded</source>
      <translation>Houses graded</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Houses graded: {}. Screening: serious {}, some hazard {}, none {}. Computed grades: A {}, B {}, C {}, D {}; differing from the appraisal: {}. Houses lacking required measures: {}; inspections due: {}.</source>
      <translation>Houses graded: {}. Screening: serious {}, some hazard {}, none {}. Computed grades: A {}, B {}, C {}, D {}; differing from the appraisal: {}. Houses lacking required measures: {}; inspections due: {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Houses imported</source>
      <translation>Houses imported</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Houses imported: {}, updated: {}, rejected: {}.</source>
      <translation>Houses imported: {}, updated: {}, rejected: {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../processing/algorithms/grade_houses.py" />
      <location filename="../processing/algorithms/township_stats.py" />
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Houses layer</source>
      <translation>Houses layer</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Houses layer of the project database</source>
      <translation>Houses layer of the project database</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Houses updated</source>
      <translation>Houses updated</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Houses written back</source>
      <translation>Houses written back</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Import satellite patches</source>
      <translation>Import satellite patches</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Import self-built houses</source>
      <translation>Import self-built houses</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Import zones</source>
      <translation>Import zones</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Imports the records of the self-built house survey (自建房排查), as exported by the national survey system or kept in any layer, into the houses table of a project database: one point per house.

Input: a point layer, a polygon layer (each polygon becomes a point on its surface), or a table without geometry — a CSV file or a spreadsheet (XLSX) — with a longitude and a latitude column. Layers are reprojected to the CRS of the database.
Field map (optional): which input column fills which house field, written like 房屋编码:house_id;地上层数:storeys or as a JSON object {"房屋编码": "house_id"}. Empty: the preset for the columns of the national form found in the input (房屋编码, 详细地址/房屋地址, 产权人/户主姓名, 所在乡镇(街道)代码, 所在村(社区)代码, 地上层数, 地下层数, 建筑面积, 结构类型, 建成年代/建成年份, 土地性质, 所在区域, 房屋用途, 经营类型, 居住人数/使用人数, 是否加层, 是否扩建, 是否改变主体结构, 是否改变用途, 是否开挖地下室, 是否经过专业设计, 是否由专业施工, 合法性, 隐患初判, 鉴定状态, 鉴定等级, 鉴定机构, 鉴定日期, 整治状态, 整治措施, 一栋一策, 备注, and their English or pinyin names). A map you write replaces the preset; it must map a column to house_id. The township and village codes of the input are hints only: the zones decide, and a code that disagrees is reported.
Values: labels of the code lists in Chinese or English (砖混, 框架结构, 集体土地, C级, 严重隐患 …); yes/no as 是/否, 1/0 or Y/N; several business types or measures separated by 、，, or ; ; storeys like 3 or 3层; areas like 120.5 or 120.5㎡; years like 1998 or 1998年, a decade (1990年代, 90年代) counting as its first year; dates like 2024-03-15, 2024/3/15 or 2024年3月15日. An appraisal grade or date without an appraisal status sets the status 已鉴定.
Longitude and latitude fields (tables only; optional): found by their names (经度/纬度, longitude/latitude, lon/lat, x/y) when not chosen.
Coordinate CRS (optional): the CRS of those coordinates, or of a layer without one; EPSG:4490 (CGCS2000) when not given.
Houses layer: the layer “houses” of the project database. Zones layer: the zones with the townships and villages (normally the layer “zones” of the same database); each house gets the township and the village containing it.
Encoding: the text encoding of CSV files and of shapefiles. Automatic: a CSV file is read as UTF-8 when its bytes are UTF-8, else as GBK; a shapefile without .cpg file is read as UTF-8, and as GBK when its text comes out garbled.

A house whose code is already in the database is updated — the mapped fields (empty cells leave the stored value), its location and its zones; never its inspections — instead of being added again. A row is rejected, with the reason in the output “Rejected houses”, when its house code is missing, malformed or of another county, when an earlier row of the input has the same code, when a value is impossible (0 storeys, an area of 0 or less, a year or date in the future, a label not in the code list), when it has no usable location, or when it lies outside every zone.
Everything is written in one transaction: when the database refuses a house, or the import is canceled, the database stays as it was.</source>
      <translation>Imports the records of the self-built house survey (自建房排查), as exported by the national survey system or kept in any layer, into the houses table of a project database: one point per house.

Input: a point layer, a polygon layer (each polygon becomes a point on its surface), or a table without geometry — a CSV file or a spreadsheet (XLSX) — with a longitude and a latitude column. Layers are reprojected to the CRS of the database.
Field map (optional): which input column fills which house field, written like 房屋编码:house_id;地上层数:storeys or as a JSON object {"房屋编码": "house_id"}. Empty: the preset for the columns of the national form found in the input (房屋编码, 详细地址/房屋地址, 产权人/户主姓名, 所在乡镇(街道)代码, 所在村(社区)代码, 地上层数, 地下层数, 建筑面积, 结构类型, 建成年代/建成年份, 土地性质, 所在区域, 房屋用途, 经营类型, 居住人数/使用人数, 是否加层, 是否扩建, 是否改变主体结构, 是否改变用途, 是否开挖地下室, 是否经过专业设计, 是否由专业施工, 合法性, 隐患初判, 鉴定状态, 鉴定等级, 鉴定机构, 鉴定日期, 整治状态, 整治措施, 一栋一策, 备注, and their English or pinyin names). A map you write replaces the preset; it must map a column to house_id. The township and village codes of the input are hints only: the zones decide, and a code that disagrees is reported.
Values: labels of the code lists in Chinese or English (砖混, 框架结构, 集体土地, C级, 严重隐患 …); yes/no as 是/否, 1/0 or Y/N; several business types or measures separated by 、，, or ; ; storeys like 3 or 3层; areas like 120.5 or 120.5㎡; years like 1998 or 1998年, a decade (1990年代, 90年代) counting as its first year; dates like 2024-03-15, 2024/3/15 or 2024年3月15日. An appraisal grade or date without an appraisal status sets the status 已鉴定.
Longitude and latitude fields (tables only; optional): found by their names (经度/纬度, longitude/latitude, lon/lat, x/y) when not chosen.
Coordinate CRS (optional): the CRS of those coordinates, or of a layer without one; EPSG:4490 (CGCS2000) when not given.
Houses layer: the layer “houses” of the project database. Zones layer: the zones with the townships and villages (normally the layer “zones” of the same database); each house gets the township and the village containing it.
Encoding: the text encoding of CSV files and of shapefiles. Automatic: a CSV file is read as UTF-8 when its bytes are UTF-8, else as GBK; a shapefile without .cpg file is read as UTF-8, and as GBK when its text comes out garbled.

A house whose code is already in the database is updated — the mapped fields (empty cells leave the stored value), its location and its zones; never its inspections — instead of being added again. A row is rejected, with the reason in the output “Rejected houses”, when its house code is missing, malformed or of another county, when an earlier row of the input has the same code, when a value is impossible (0 storeys, an area of 0 or less, a year or date in the future, a label not in the code list), when it has no usable location, or when it lies outside every zone.
Everything is written in one transaction: when the database refuses a house, or the import is canceled, the database stays as it was.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Imports townships, streets, parks, villages, communities and grids from a polygon layer into the zones table of a project database.

Input: any polygon layer, in any CRS; it is reprojected to the CRS of the database.
Code field: the administrative division code (6, 9, 12 or 15 digits). Codes stored as numbers, e.g. 330624100.0, are accepted. A code may appear only once in the input.
Name field: the zone's name.
Parent code field (optional): the code one level up; without it, the parent is taken from the code itself (330624100201 → 330624100).
Level field (optional): county, township, street, park, village, community or grid, in English or Chinese (县, 乡镇, 街道, 园区, 村, 社区, 网格); without it, the level follows from the length of the code.
Annual quota field (optional): the yearly demolition quota in m².
Target: the layer “zones” of the project database.

A zone whose code is already in the database is updated (geometry, name, parent, level and, with a quota field, its quota) instead of being added again. An invalid geometry is repaired when the repair changes its area by less than 1 %; otherwise the feature is rejected, and so is a feature without a valid code, name or level: each rejection is listed in the log with the feature's id. Everything is written in one transaction: when the import fails or is canceled, the database stays as it was.</source>
      <translation>Imports townships, streets, parks, villages, communities and grids from a polygon layer into the zones table of a project database.

Input: any polygon layer, in any CRS; it is reprojected to the CRS of the database.
Code field: the administrative division code (6, 9, 12 or 15 digits). Codes stored as numbers, e.g. 330624100.0, are accepted. A code may appear only once in the input.
Name field: the zone's name.
Parent code field (optional): the code one level up; without it, the parent is taken from the code itself (330624100201 → 330624100).
Level field (optional): county, township, street, park, village, community or grid, in English or Chinese (县, 乡镇, 街道, 园区, 村, 社区, 网格); without it, the level follows from the length of the code.
Annual quota field (optional): the yearly demolition quota in m².
Target: the layer “zones” of the project database.

A zone whose code is already in the database is updated (geometry, name, parent, level and, with a quota field, its quota) instead of being added again. An invalid geometry is repaired when the repair changes its area by less than 1 %; otherwise the feature is rejected, and so is a feature without a valid code, name or level: each rejection is listed in the log with the feature's id. Everything is written in one transaction: when the import fails or is canceled, the database stays as it was.</translation>
    </message>
    <message>
      <location filename="../ui/member_grid.py" />
      <source>In each cell: upper box = members counted, lower box (tinted) = dangerous members among them; empty = 0. Foundation members are counted in the foundation row only.</source>
      <translation>In each cell: upper box = members counted, lower box (tinted) = dangerous members among them; empty = 0. Foundation members are counted in the foundation row only.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Indexing the zones…</source>
      <translation>Indexing the zones…</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Input layer</source>
      <translation>Input layer</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Inspection {} of house {} saved.</source>
      <translation>Inspection {} of house {} saved.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Inspections</source>
      <translation>Inspections</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Inspections read: {} of {} house(s), {} with member counts.</source>
      <translation>Inspections read: {} of {} house(s), {} with member counts.</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>It was upgraded to the current version: {}.</source>
      <translation>It was upgraded to the current version: {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>Last step</source>
      <translation>Last step</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Latitude (y) field (tables)</source>
      <translation>Latitude (y) field (tables)</translation>
    </message>
    <message>
      <location filename="../ui/member_grid.py" />
      <source>Layer
grade</source>
      <translation>Layer
grade</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Layout template: {}</source>
      <translation>Layout template: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Level field</source>
      <translation>Level field</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <location filename="../ui/case_panel.py" />
      <source>Liangwei</source>
      <translation>Liangwei</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" />
      <source>Liangwei 两违治理</source>
      <translation>Liangwei 两违治理</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Login</source>
      <translation>Login</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Login (optional)</source>
      <translation>Login (optional)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Login {} created and made a member of {}.</source>
      <translation>Login {} created and made a member of {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Longitude (x) field (tables)</source>
      <translation>Longitude (x) field (tables)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Measures how much of each violation case lies in each class of a planning layer (三区三线, 三区, land-use planning …) and marks the prohibited classes.

Violations: a polygon layer, usually the violations layer of a project database; its field case_id names the cases (without it, the feature id).
Planning: a polygon layer in any CRS.
Class field: the field of the planning layer holding the class (e.g. 禁止建设区, 永久基本农田).
Prohibited classes (optional): a comma-separated list overriding the list of the project database's setting “Prohibited planning classes” (used when the violations come from a project database; otherwise the default list 禁止建设区, 永久基本农田, 生态保护红线, 禁止建设). Names are compared without leading or trailing spaces and ignoring case.

Output: a table with one row per case and class: case_id, class, area_m2 (ellipsoidal area of the case inside the class), share (of the case's area) and prohibited (1 for a prohibited class). The part of a case outside every planning polygon is a row with an empty class. Where two classes overlap, the overlap counts in both and the case's shares add up to more than 1 (the log names such cases). The log gives the number of cases touching a prohibited class.

An invalid polygon is repaired when the repair changes its area by less than 1 %; otherwise it is skipped and named in the log.</source>
      <translation>Measures how much of each violation case lies in each class of a planning layer (三区三线, 三区, land-use planning …) and marks the prohibited classes.

Violations: a polygon layer, usually the violations layer of a project database; its field case_id names the cases (without it, the feature id).
Planning: a polygon layer in any CRS.
Class field: the field of the planning layer holding the class (e.g. 禁止建设区, 永久基本农田).
Prohibited classes (optional): a comma-separated list overriding the list of the project database's setting “Prohibited planning classes” (used when the violations come from a project database; otherwise the default list 禁止建设区, 永久基本农田, 生态保护红线, 禁止建设). Names are compared without leading or trailing spaces and ignoring case.

Output: a table with one row per case and class: case_id, class, area_m2 (ellipsoidal area of the case inside the class), share (of the case's area) and prohibited (1 for a prohibited class). The part of a case outside every planning polygon is a row with an empty class. Where two classes overlap, the overlap counts in both and the case's shares add up to more than 1 (the log names such cases). The log gives the number of cases touching a prohibited class.

An invalid polygon is repaired when the repair changes its area by less than 1 %; otherwise it is skipped and named in the log.</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Member counts, {}: {} dangerous members but only {} members.</source>
      <translation>Member counts, {}: {} dangerous members but only {} members.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Minimum change area (m²)</source>
      <translation>Minimum change area (m²)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Missing on the house record:</source>
      <translation>Missing on the house record:</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Monthly bulletin (PDF)</source>
      <translation>Monthly bulletin (PDF)</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Move the case to “{}”</source>
      <translation>Move the case to “{}”</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Name field</source>
      <translation>Name field</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>New case</source>
      <translation>New case</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>New case (draw polygon)</source>
      <translation>New case (draw polygon)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>New case numbers: {} … {}.</source>
      <translation>New case numbers: {} … {}.</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Next inspection due: {} (every {} month(s))</source>
      <translation>Next inspection due: {} (every {} month(s))</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layout_pages.py" />
      <source>No case of the period {} to {} in the zones {}: nothing to print.</source>
      <translation>No case of the period {} to {} in the zones {}: nothing to print.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layout_pages.py" />
      <source>No case of the period {} to {}: nothing to print.</source>
      <translation>No case of the period {} to {}: nothing to print.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>No column of the input is mapped to house_id, so the houses cannot be identified. The input's fields are: {}. Map the house code like 房屋编码:house_id.</source>
      <translation>No column of the input is mapped to house_id, so the houses cannot be identified. The input's fields are: {}. Map the house code like 房屋编码:house_id.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>No field of the input is mapped (none of the provincial names JCBH, XZQDM, JCMJ, QSX, HSX … was found): only the geometries are imported.</source>
      <translation>No field of the input is mapped (none of the provincial names JCBH, XZQDM, JCMJ, QSX, HSX … was found): only the geometries are imported.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layout_pages.py" />
      <source>No house with a hazard or appraised C or D in the zones {}: nothing to print.</source>
      <translation>No house with a hazard or appraised C or D in the zones {}: nothing to print.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layout_pages.py" />
      <source>No house with a hazard or appraised C or D: nothing to print.</source>
      <translation>No house with a hazard or appraised C or D: nothing to print.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>No inspections: the grades cannot be computed, and the houses are screened from their records alone.</source>
      <translation>No inspections: the grades cannot be computed, and the houses are screened from their records alone.</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>No measure is required.</source>
      <translation>No measure is required.</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>No program is set up to open {}; it was saved as {}.</source>
      <translation>No program is set up to open {}; it was saved as {}.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>No project database is loaded: open one with “{}” first.</source>
      <translation>No project database is loaded: open one with “{}” first.</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>No project database is loaded: open one with “{}” in the {} menu.</source>
      <translation>No project database is loaded: open one with “{}” in the {} menu.</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>No rule found a hazard.</source>
      <translation>No rule found a hazard.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layout_pages.py" />
      <source>No township lies in the zones {}.</source>
      <translation>No township lies in the zones {}.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layout_pages.py" />
      <source>No township statistics were given.</source>
      <translation>No township statistics were given.</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Not computed: correct the member counts.</source>
      <translation>Not computed: correct the member counts.</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Not computed: {}</source>
      <translation>Not computed: {}</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Not graded: no member counts and no dangerous ground.</source>
      <translation>Not graded: no member counts and no dangerous ground.</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <location filename="../ui/transition_dialog.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layout_pages.py" />
      <source>Nothing to print.</source>
      <translation>Nothing to print.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Nothing was saved: {}</source>
      <translation>Nothing was saved: {}</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>One A3 page per township with every open case numbered, to put on the wall and tick off.</source>
      <translation>One A3 page per township with every open case numbered, to put on the wall and tick off.</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>One A4 page per township: map of its cases, assessment indicators and the county ranking.</source>
      <translation>One A4 page per township: map of its cases, assessment indicators and the county ranking.</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>One page per case of the ledger: map, fields, history and photos.</source>
      <translation>One page per case of the ledger: map, fields, history and photos.</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>One page per house with a hazard or appraised C or D: map, grade, measures and inspections.</source>
      <translation>One page per house with a hazard or appraised C or D: map, grade, measures and inspections.</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>One row per case not finished before the period, one sheet per township.</source>
      <translation>One row per case not finished before the period, one sheet per township.</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>One row per self-built house, one sheet per township.</source>
      <translation>One row per self-built house, one sheet per township.</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>One step per save: save the case (or withdraw the pending step) before the next one.</source>
      <translation>One step per save: save the case (or withdraw the pending step) before the next one.</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Only the steps the workflow allows from the current status are offered. Each asks for the data it needs; the step is written when the case is saved.</source>
      <translation>Only the steps the workflow allows from the current status are offered. Each asks for the data it needs; the step is written when the case is saved.</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>Open a project database</source>
      <translation>Open a project database</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Open a project database first.</source>
      <translation>Open a project database first.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Open a project database first: a new case is written to its violations table.</source>
      <translation>Open a project database first: a new case is written to its violations table.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Open case (click)</source>
      <translation>Open case (click)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Open cases {} (feature {}) and {} (feature {}) overlap by {:.2f} m².</source>
      <translation>Open cases {} (feature {}) and {} (feature {}) overlap by {:.2f} m².</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>Opened the project database {} (county {}).</source>
      <translation>Opened the project database {} (county {}).</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>Overdue: an open case whose deadline has passed</source>
      <translation>Overdue: an open case whose deadline has passed</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>Overdue: the deadline {} has passed.</source>
      <translation>Overdue: the deadline {} has passed.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Overwrite an existing file</source>
      <translation>Overwrite an existing file</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>PDF report (*.pdf)</source>
      <translation>PDF report (*.pdf)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>PDF report (*.pdf);;Excel workbook (*.xlsx)</source>
      <translation>PDF report (*.pdf);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layout_pages.py" />
      <source>Page {} could not be filled: {}</source>
      <translation>Page {} could not be filled: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Pages (PDF)</source>
      <translation>Pages (PDF)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Parent code field</source>
      <translation>Parent code field</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Password of a new login (optional)</source>
      <translation>Password of a new login (optional)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Patch polygons</source>
      <translation>Patch polygons</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Period end (default: today)</source>
      <translation>Period end (default: today)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Period end (empty: by report)</source>
      <translation>Period end (empty: by report)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Period start (default: first day of this month)</source>
      <translation>Period start (default: first day of this month)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Period start (empty: by report)</source>
      <translation>Period start (empty: by report)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Period {} to {}, campaign start {}; level: {}.</source>
      <translation>Period {} to {}, campaign start {}; level: {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Permits</source>
      <translation>Permits</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>Photos and documents (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.pdf *.doc *.docx *.xls *.xlsx *.odt *.txt);;All files (*)</source>
      <translation>Photos and documents (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.pdf *.doc *.docx *.xls *.xlsx *.odt *.txt);;All files (*)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Planned projects</source>
      <translation>Planned projects</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Planning</source>
      <translation>Planning</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Planning class field</source>
      <translation>Planning class field</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Planning classes overlap inside {} case(s), whose shares add up to more than 1: {}</source>
      <translation>Planning classes overlap inside {} case(s), whose shares add up to more than 1: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Planning conflicts</source>
      <translation>Planning conflicts</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Planning zones</source>
      <translation>Planning zones</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Priorities</source>
      <translation>Priorities</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Prioritised violations</source>
      <translation>Prioritised violations</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Problems</source>
      <translation>Problems</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Problems found</source>
      <translation>Problems found</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Problems found: {}.</source>
      <translation>Problems found: {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Prohibited classes (comma-separated; empty: the database's setting)</source>
      <translation>Prohibited classes (comma-separated; empty: the database's setting)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>Prohibited classes (from {}): {}</source>
      <translation>Prohibited classes (from {}): {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Project database</source>
      <translation>Project database</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Project settings</source>
      <translation>Project settings</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Proposed from the cut-off date {}: {}.</source>
      <translation>Proposed from the cut-off date {}: {}.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Put the default values in the form (the county's code and names are kept); nothing is saved before OK</source>
      <translation>Put the default values in the form (the county's code and names are kept); nothing is saved before OK</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Quotas</source>
      <translation>Quotas</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Railways</source>
      <translation>Railways</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Random seed</source>
      <translation>Random seed</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Record a house inspection (click)</source>
      <translation>Record a house inspection (click)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Record an inspection — {}</source>
      <translation>Record an inspection — {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Reference data (roads, surveys, satellite patches…)</source>
      <translation>Reference data (roads, surveys, satellite patches…)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Reference layer {}: {} feature(s).</source>
      <translation>Reference layer {}: {} feature(s).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Rejected houses</source>
      <translation>Rejected houses</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Rejected patches</source>
      <translation>Rejected patches</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Reload the case</source>
      <translation>Reload the case</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>Remove a new attachment before saving. Saved attachments are kept for the record.</source>
      <translation>Remove a new attachment before saving. Saved attachments are kept for the record.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../ui/report_dialog.py" />
      <source>Report</source>
      <translation>Report</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Report file</source>
      <translation>Report file</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Report {}, period {} to {}{}.</source>
      <translation>Report {}, period {} to {}{}.</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Required:</source>
      <translation>Required:</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Rewards &amp;&amp; penalties</source>
      <translation>Rewards &amp;&amp; penalties</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Rivers</source>
      <translation>Rivers</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Roads (highways)</source>
      <translation>Roads (highways)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Role {} for township {} ({}).</source>
      <translation>Role {} for township {} ({}).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Row {}</source>
      <translation>Row {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Rows in {}</source>
      <translation>Rows in {}</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>Save the new project database as</source>
      <translation>Save the new project database as</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Save the report as</source>
      <translation>Save the report as</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Schema</source>
      <translation>Schema</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>Schema name (e.g. county_330624)</source>
      <translation>Schema name (e.g. county_330624)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Screening rules (JSON file)</source>
      <translation>Screening rules (JSON file)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Self-built houses</source>
      <translation>Self-built houses</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Self-built houses (0: three per violation)</source>
      <translation>Self-built houses (0: three per violation)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>Set the input layer's data source encoding (Layer Properties ▸ Source), usually GBK for Chinese shapefiles, and run the import again.</source>
      <translation>Set the input layer's data source encoding (Layer Properties ▸ Source), usually GBK for Chinese shapefiles, and run the import again.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Sets the six “demolish first” (六先拆) flags of every violation case and its priority score.

Violations: the violations layer of a project database, or any polygon layer with the same fields.
Roads, railways, rivers (optional; lines or polygons), hills (optional; polygons): a case within the four-sides distance of a road, railway or river, or intersecting a hill, is a four-sides violation (四边违建).
Farmland (optional; polygons of cultivated land or permanent basic farmland): a case intersecting it occupies farmland (侵占耕地).
Planned projects (optional; polygons): a case intersecting one obstructs a project (妨碍建设).
Houses (optional; the houses layer, with appraisal_grade and screening): a case containing or touching (within 1 cm) a house appraised C or D, or screened as a serious hazard, is unsafe (影响安全).
A case whose party type is 党员干部 (cadre) is a cadre violation; the flag typical (突出典型) is kept as entered.
A reference layer that is not given leaves its flag as it was in the input.

Four-sides distance: in metres. Left at 50 m, the database's own setting “Four-sides buffer (m)” (side_distance_m, 50 m unless changed) is used when the violations layer belongs to a project database; any other value is used as entered. A case exactly at the distance counts. Distances are measured in the violations layer's CRS when it is projected in metres; otherwise (degrees, or Web Mercator) in the CGCS2000 3° Gauss–Krüger zone (EPSG:4534–4554, central meridian 75° + 3k) nearest to the data's longitude. Reference layers may be in any CRS.

Priority score: the sum of the weights of the flags a case carries; the weights are the database settings priority_weight_* (defaults: cadre 30, four sides 15, obstructs 15, unsafe 25, typical 10, farmland 20).

Output: the cases with case_id, status, the six flags and priority_score.
Write back: with “Write the flags back to the database” ticked, the flags and scores that changed are written into the violations table in one transaction: when anything fails or the run is canceled, nothing is written.</source>
      <translation>Sets the six “demolish first” (六先拆) flags of every violation case and its priority score.

Violations: the violations layer of a project database, or any polygon layer with the same fields.
Roads, railways, rivers (optional; lines or polygons), hills (optional; polygons): a case within the four-sides distance of a road, railway or river, or intersecting a hill, is a four-sides violation (四边违建).
Farmland (optional; polygons of cultivated land or permanent basic farmland): a case intersecting it occupies farmland (侵占耕地).
Planned projects (optional; polygons): a case intersecting one obstructs a project (妨碍建设).
Houses (optional; the houses layer, with appraisal_grade and screening): a case containing or touching (within 1 cm) a house appraised C or D, or screened as a serious hazard, is unsafe (影响安全).
A case whose party type is 党员干部 (cadre) is a cadre violation; the flag typical (突出典型) is kept as entered.
A reference layer that is not given leaves its flag as it was in the input.

Four-sides distance: in metres. Left at 50 m, the database's own setting “Four-sides buffer (m)” (side_distance_m, 50 m unless changed) is used when the violations layer belongs to a project database; any other value is used as entered. A case exactly at the distance counts. Distances are measured in the violations layer's CRS when it is projected in metres; otherwise (degrees, or Web Mercator) in the CGCS2000 3° Gauss–Krüger zone (EPSG:4534–4554, central meridian 75° + 3k) nearest to the data's longitude. Reference layers may be in any CRS.

Priority score: the sum of the weights of the flags a case carries; the weights are the database settings priority_weight_* (defaults: cadre 30, four sides 15, obstructs 15, unsafe 25, typical 10, farmland 20).

Output: the cases with case_id, status, the six flags and priority_score.
Write back: with “Write the flags back to the database” ticked, the flags and scores that changed are written into the violations table in one transaction: when anything fails or the run is canceled, nothing is written.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Setting {}; default: {}</source>
      <translation>Setting {}; default: {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>Setting “{}”: {}</source>
      <translation>Setting “{}”: {}</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Show or hide the panel of open cases: filters, overdue and stale cases; double-click a case to zoom to it and open it</source>
      <translation>Show or hide the panel of open cases: filters, overdue and stale cases; double-click a case to zoom to it and open it</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Stale after this many days without an event</source>
      <translation>Stale after this many days without an event</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>Stale: an open case with no event for more than {} days (setting “{}”)</source>
      <translation>Stale: an open case with no event for more than {} days (setting “{}”)</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>Stale: no event since {} (more than {} days).</source>
      <translation>Stale: no event since {} (more than {} days).</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>Stale: no event was ever recorded.</source>
      <translation>Stale: no event was ever recorded.</translation>
    </message>
    <message>
      <location filename="../ui/member_grid.py" />
      <source>Storey</source>
      <translation>Storey</translation>
    </message>
    <message>
      <location filename="../ui/member_grid.py" />
      <source>Storey {}</source>
      <translation>Storey {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Storeys field (after)</source>
      <translation>Storeys field (after)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Storeys field (before)</source>
      <translation>Storeys field (before)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Text encoding</source>
      <translation>Text encoding</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>Text encoding of {}: {}.</source>
      <translation>Text encoding of {}: {}.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <source>The PDF could not be written ({}).</source>
      <translation>The PDF could not be written ({}).</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>The Processing algorithm {} is not available: enable the Processing plugin and the Liangwei plugin.</source>
      <translation>The Processing algorithm {} is not available: enable the Processing plugin and the Liangwei plugin.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>The after survey is in geographic coordinates; the overlay is done in {} ({}).</source>
      <translation>The after survey is in geographic coordinates; the overlay is done in {} ({}).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>The assessment indicators of every township (or village) for a period, with the ranking: one feature per zone, with the zone's polygon.

Violations: the violations layer of a project database, or a polygon layer with its fields (stock_class, discovered_on, construction_started_on, discovery_source, demolished_area_m2, demolished_on, status, deadline, reward_yuan). Houses: the houses layer (points or polygons with screening, appraisal_grade, rectification_status). Zones: the zones layer (zone_code, zone_name, level, parent_code, annual_quota_m2).
Level: township (townships, streets and parks) or village (villages and communities).
Period start and end (both days included; default: the first day of the current month and today); campaign start (default: the database setting campaign_start).

A case is counted once, in the zone holding the largest part of it (a case straddling two zones goes to the one with the larger share); a house in the zone containing it. Zones with nothing in them appear with zeros. Rates and targets are the settings of the project database the violations layer belongs to (the defaults otherwise).

Indicators: new_count and new_area_m2 (new violations discovered in the period; ellipsoidal area of the polygons); found_within_24h_share (share of them discovered within the discovery target, 24 h: at most one day after construction started; cases without a construction date are not judged; empty when none is); demolished_area_m2 (demolished in the period); annual_quota_m2 (the zone's quota, else for a township the minimum township quota setting); quota_done_share (demolished from 1 January of the period end's year to the period end ÷ quota); first_three_months_share (demolished in the first three months from the campaign start, up to the period end, ÷ quota); stock_cleared_m2 (historical stock demolished in the period); open_cases (cases discovered by the period end and not closed, by their current status); overdue_cases (open cases whose deadline is before the period end); no_violation_eligible (1 when no case is open); houses_total, houses_screened, houses_serious, houses_some, grade_a to grade_d, houses_rectified (rectified or closed), houses_closed; report_reward_yuan (verified public reports discovered in the period: the case's reward, else the minimum reward setting); demolition_reward_yuan (stock cleared × 40 yuan/m², seed 001, or the setting demolition_reward_yuan_per_m2); late_discovery_penalty_yuan (each new violation found late: the penalty setting, 4,000 yuan, times the next-month factor, 2, when found in a later month than construction started); rank (1 = best: quota done share, higher first, then fewer new violations, then a higher found-in-time share; equal zones share a rank).</source>
      <translation>The assessment indicators of every township (or village) for a period, with the ranking: one feature per zone, with the zone's polygon.

Violations: the violations layer of a project database, or a polygon layer with its fields (stock_class, discovered_on, construction_started_on, discovery_source, demolished_area_m2, demolished_on, status, deadline, reward_yuan). Houses: the houses layer (points or polygons with screening, appraisal_grade, rectification_status). Zones: the zones layer (zone_code, zone_name, level, parent_code, annual_quota_m2).
Level: township (townships, streets and parks) or village (villages and communities).
Period start and end (both days included; default: the first day of the current month and today); campaign start (default: the database setting campaign_start).

A case is counted once, in the zone holding the largest part of it (a case straddling two zones goes to the one with the larger share); a house in the zone containing it. Zones with nothing in them appear with zeros. Rates and targets are the settings of the project database the violations layer belongs to (the defaults otherwise).

Indicators: new_count and new_area_m2 (new violations discovered in the period; ellipsoidal area of the polygons); found_within_24h_share (share of them discovered within the discovery target, 24 h: at most one day after construction started; cases without a construction date are not judged; empty when none is); demolished_area_m2 (demolished in the period); annual_quota_m2 (the zone's quota, else for a township the minimum township quota setting); quota_done_share (demolished from 1 January of the period end's year to the period end ÷ quota); first_three_months_share (demolished in the first three months from the campaign start, up to the period end, ÷ quota); stock_cleared_m2 (historical stock demolished in the period); open_cases (cases discovered by the period end and not closed, by their current status); overdue_cases (open cases whose deadline is before the period end); no_violation_eligible (1 when no case is open); houses_total, houses_screened, houses_serious, houses_some, grade_a to grade_d, houses_rectified (rectified or closed), houses_closed; report_reward_yuan (verified public reports discovered in the period: the case's reward, else the minimum reward setting); demolition_reward_yuan (stock cleared × 40 yuan/m², seed 001, or the setting demolition_reward_yuan_per_m2); late_discovery_penalty_yuan (each new violation found late: the penalty setting, 4,000 yuan, times the next-month factor, 2, when found in a later month than construction started); rank (1 = best: quota done share, higher first, then fewer new violations, then a higher found-in-time share; equal zones share a rank).</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The case cannot be read from {}: {}</source>
      <translation>The case cannot be read from {}: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>The case events of {} cannot be read: {}</source>
      <translation>The case events of {} cannot be read: {}</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The case has changes that are not saved. Save them before closing?</source>
      <translation>The case has changes that are not saved. Save them before closing?</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The case is closed: the workflow has no further step.</source>
      <translation>The case is closed: the workflow has no further step.</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The case was not saved, nothing was written: {}</source>
      <translation>The case was not saved, nothing was written: {}</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The case was not saved: the step {} → {} is not allowed from its current status.</source>
      <translation>The case was not saved: the step {} → {} is not allowed from its current status.</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The case was saved but cannot be read again: {}</source>
      <translation>The case was saved but cannot be read again: {}</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>The cases cannot be read from {}: {}</source>
      <translation>The cases cannot be read from {}: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>The change could not be written to the output: {}</source>
      <translation>The change could not be written to the output: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>The check date “{}” is not a date like 2025-06-30.</source>
      <translation>The check date “{}” is not a date like 2025-06-30.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>The column name “{}” is garbled, so the input's text encoding is wrong and nothing was imported. Choose the encoding (GBK or UTF-8) and run the import again.</source>
      <translation>The column name “{}” is garbled, so the input's text encoding is wrong and nothing was imported. Choose the encoding (GBK or UTF-8) and run the import again.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The county code must have exactly 6 digits, e.g. 330624; “{}” is not one.</source>
      <translation>The county code must have exactly 6 digits, e.g. 330624; “{}” is not one.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>The county database could not be created: {}</source>
      <translation>The county database could not be created: {}</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>The database is checked, upgraded if an older version of the plugin made it, and its layers are added to the map in the group “两违治理”.</source>
      <translation>The database is checked, upgraded if an older version of the plugin made it, and its layers are added to the map in the group “两违治理”.</translation>
    </message>
    <message>
      <location filename="../plugin/store/inspections.py" />
      <source>The database refused the inspection: {}. Nothing was saved.</source>
      <translation>The database refused the inspection: {}. Nothing was saved.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>The database role {} of the connection “{}” may not {}. Connect as the database owner or another role with these rights (see README: setting up a county server).</source>
      <translation>The database role {} of the connection “{}” may not {}. Connect as the database owner or another role with these rights (see README: setting up a county server).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>The database {} of the connection “{}” has no PostGIS. A superuser must run CREATE EXTENSION postgis; in it (the server needs PostGIS installed, on Debian the package postgresql-15-postgis-3).</source>
      <translation>The database {} of the connection “{}” has no PostGIS. A superuser must run CREATE EXTENSION postgis; in it (the server needs PostGIS installed, on Debian the package postgresql-15-postgis-3).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>The demo county could not be generated: {}</source>
      <translation>The demo county could not be generated: {}</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>The field map entry “{}: {}” needs a source field name and a target name.</source>
      <translation>The field map entry “{}: {}” needs a source field name and a target name.</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>The field map entry “{}” is not written like {}.</source>
      <translation>The field map entry “{}” is not written like {}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>The field map is not a valid JSON object: {}.</source>
      <translation>The field map is not a valid JSON object: {}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>The field map must be a JSON object like {{"{}": "{}"}}.</source>
      <translation>The field map must be a JSON object like {{"{}": "{}"}}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>The file {} is neither UTF-8 nor GBK text: save it as UTF-8 (or GBK) CSV and run the import again.</source>
      <translation>The file {} is neither UTF-8 nor GBK text: save it as UTF-8 (or GBK) CSV and run the import again.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The focus places layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</source>
      <translation>The focus places layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <location filename="../processing/algorithms/base.py" />
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../ui/database_dialog.py" />
      <location filename="../ui/report_dialog.py" />
      <source>The folder {} does not exist.</source>
      <translation>The folder {} does not exist.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The grading date “{}” is not a date (write it like 2025-06-30).</source>
      <translation>The grading date “{}” is not a date (write it like 2025-06-30).</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>The house record has no number of storeys above ground: only the foundation can be counted, and the grade cannot be computed until the storeys are filled in.</source>
      <translation>The house record has no number of storeys above ground: only the foundation can be counted, and the grade cannot be computed until the storeys are filled in.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>The houses layer has neither the field appraisal_grade nor screening, so no house can be recognised as unsafe.</source>
      <translation>The houses layer has neither the field appraisal_grade nor screening, so no house can be recognised as unsafe.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The houses layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</source>
      <translation>The houses layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The houses layer has no field house_id: its houses cannot be matched with their inspections or written back.</source>
      <translation>The houses layer has no field house_id: its houses cannot be matched with their inspections or written back.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The houses layer has no field(s) {}: they count as empty.</source>
      <translation>The houses layer has no field(s) {}: they count as empty.</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>The input has no field “{}” (field map entry “{}: {}”). Its fields are: {}.</source>
      <translation>The input has no field “{}” (field map entry “{}: {}”). Its fields are: {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>The input has no field “{}”. Its fields are: {}.</source>
      <translation>The input has no field “{}”. Its fields are: {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>The input has no geometry and no {} column (经度/纬度, longitude/latitude, lon/lat or x/y): choose the longitude and latitude fields. Its fields are: {}.</source>
      <translation>The input has no geometry and no {} column (经度/纬度, longitude/latitude, lon/lat or x/y): choose the longitude and latitude fields. Its fields are: {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>The input is a line layer: houses come as points, polygons or a table with longitude and latitude columns.</source>
      <translation>The input is a line layer: houses come as points, polygons or a table with longitude and latitude columns.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <location filename="../processing/algorithms/import_zones.py" />
      <source>The input layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the import again.</source>
      <translation>The input layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the import again.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>The input layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source), or give the CRS of the coordinates, and run the import again.</source>
      <translation>The input layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source), or give the CRS of the coordinates, and run the import again.</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>The input layer has no field “{}” (field map entry “{}: {}”). Its fields are: {}.</source>
      <translation>The input layer has no field “{}” (field map entry “{}: {}”). Its fields are: {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>The input layer has no field “{}”.</source>
      <translation>The input layer has no field “{}”.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>The input layer “{}” has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</source>
      <translation>The input layer “{}” has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>The input layer “{}” has no geometry: choose a layer of points, lines or polygons.</source>
      <translation>The input layer “{}” has no geometry: choose a layer of points, lines or polygons.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>The input {} cannot be read.</source>
      <translation>The input {} cannot be read.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The inspection cycles in the database settings are wrong: {}</source>
      <translation>The inspection cycles in the database settings are wrong: {}</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>The inspection you entered has not been saved. Close the dialog and discard it?</source>
      <translation>The inspection you entered has not been saved. Close the dialog and discard it?</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The inspections and member counts of {} cannot be read: {}</source>
      <translation>The inspections and member counts of {} cannot be read: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The inspections layer has no field {}.</source>
      <translation>The inspections layer has no field {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The inspections layer “{}” does not belong to a Liangwei project database ({} has no inspection_members table).</source>
      <translation>The inspections layer “{}” does not belong to a Liangwei project database ({} has no inspection_members table).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The inspections layer “{}” is not the table house_inspections of a Liangwei project database (its source is {}): the member counts are read from the same database.</source>
      <translation>The inspections layer “{}” is not the table house_inspections of a Liangwei project database (its source is {}): the member counts are read from the same database.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>The layer “{}” ({}) has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</source>
      <translation>The layer “{}” ({}) has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>The layer “{}” ({}) must hold polygons.</source>
      <translation>The layer “{}” ({}) must hold polygons.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The layer “{}” does not belong to a Liangwei project database: {}</source>
      <translation>The layer “{}” does not belong to a Liangwei project database: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>The layer “{}” has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</source>
      <translation>The layer “{}” has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>The layer “{}” has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the check again.</source>
      <translation>The layer “{}” has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the check again.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>The layer “{}” has no field {}: choose the layer of a project database, or a layer with the same fields.</source>
      <translation>The layer “{}” has no field {}: choose the layer of a project database, or a layer with the same fields.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>The layer “{}” has no field {}: choose the {} layer of a project database.</source>
      <translation>The layer “{}” has no field {}: choose the {} layer of a project database.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>The layer “{}” has no field “{}” ({}).</source>
      <translation>The layer “{}” has no field “{}” ({}).</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The layer “{}” has unsaved edits in QGIS. Save or discard them first (Toggle Editing), then save the case.</source>
      <translation>The layer “{}” has unsaved edits in QGIS. Save or discard them first (Toggle Editing), then save the case.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The layer “{}” is in editing mode: save or discard its edits and stop editing first.</source>
      <translation>The layer “{}” is in editing mode: save or discard its edits and stop editing first.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The layer “{}” is not a zones layer: it needs the fields zone_code and level (use the layer “zones” of the project database).</source>
      <translation>The layer “{}” is not a zones layer: it needs the fields zone_code and level (use the layer “zones” of the project database).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The layer “{}” is not the table {} of a Liangwei project database (its source is {}).</source>
      <translation>The layer “{}” is not the table {} of a Liangwei project database (its source is {}).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>The layer “{}” is not the table {} of the project database {}: choose the layers of one project database.</source>
      <translation>The layer “{}” is not the table {} of the project database {}: choose the layers of one project database.</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>The layers of {} could not be added to the map: {}</source>
      <translation>The layers of {} could not be added to the map: {}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <source>The layout template {} cannot be loaded.</source>
      <translation>The layout template {} cannot be loaded.</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>The patrol reports of the day; villages and grids that did not report are marked.</source>
      <translation>The patrol reports of the day; villages and grids that did not report are marked.</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The pending step {} no longer fits the case: {}</source>
      <translation>The pending step {} no longer fits the case: {}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../processing/algorithms/township_stats.py" />
      <location filename="../ui/report_dialog.py" />
      <source>The period starts ({}) after it ends ({}).</source>
      <translation>The period starts ({}) after it ends ({}).</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The polygon cannot become a case: {}</source>
      <translation>The polygon cannot become a case: {}</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>The polygon was repaired: {}</source>
      <translation>The polygon was repaired: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>The priority weights in the database settings are wrong: {}</source>
      <translation>The priority weights in the database settings are wrong: {}</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <location filename="../ui/inspection_dialog.py" />
      <source>The project database cannot be opened: {}</source>
      <translation>The project database cannot be opened: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <location filename="../ui/database_dialog.py" />
      <source>The project database could not be created: {}</source>
      <translation>The project database could not be created: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../ui/database_dialog.py" />
      <source>The project database could not be written to {}: {}</source>
      <translation>The project database could not be written to {}: {}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <location filename="../processing/algorithms/export_report.py" />
      <source>The project database has no zones with the codes {}.</source>
      <translation>The project database has no zones with the codes {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The project database needs a CRS with an EPSG code, e.g. EPSG:4490 (CGCS2000) or EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E); “{}” has none.</source>
      <translation>The project database needs a CRS with an EPSG code, e.g. EPSG:4490 (CGCS2000) or EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E); “{}” has none.</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>The project database {} cannot be read: {}</source>
      <translation>The project database {} cannot be read: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <source>The project database {} could not be read ({}).</source>
      <translation>The project database {} could not be read ({}).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <location filename="../processing/algorithms/import_zones.py" />
      <source>The project database {} could not be written ({}). Nothing was imported.</source>
      <translation>The project database {} could not be written ({}). Nothing was imported.</translation>
    </message>
    <message>
      <location filename="../plugin/store/inspections.py" />
      <source>The project database {} could not be written ({}). Nothing was saved.</source>
      <translation>The project database {} could not be written ({}). Nothing was saved.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The project database {} could not be written ({}). Nothing was written back.</source>
      <translation>The project database {} could not be written ({}). Nothing was written back.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>The reference data could not be generated: {}</source>
      <translation>The reference data could not be generated: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>The reference data is written to a GeoPackage: the file name must end in .gpkg ({}).</source>
      <translation>The reference data is written to a GeoPackage: the file name must end in .gpkg ({}).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>The reference data needs a file of its own, not the project database {}.</source>
      <translation>The reference data needs a file of its own, not the project database {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../ui/report_dialog.py" />
      <source>The report could not be written: {}</source>
      <translation>The report could not be written: {}</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>The report was canceled: no file was written.</source>
      <translation>The report was canceled: no file was written.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>The report “{}” is written as a {} file, but the output file {} ends in {}: choose a file name ending in {}.</source>
      <translation>The report “{}” is written as a {} file, but the output file {} ends in {}: choose a file name ending in {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>The row of case {} could not be written to the output: {}</source>
      <translation>The row of case {} could not be written to the output: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>The schema {} already exists in the database {}. Choose another schema name; an existing county schema is never overwritten.</source>
      <translation>The schema {} already exists in the database {}. Choose another schema name; an existing county schema is never overwritten.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The screening rules cannot be used: {}</source>
      <translation>The screening rules cannot be used: {}</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>The settings cannot be read from {}: {}</source>
      <translation>The settings cannot be read from {}: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The settings of the project database {} cannot be read: {}</source>
      <translation>The settings of the project database {} cannot be read: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>The settings of {} cannot be read ({}).</source>
      <translation>The settings of {} cannot be read ({}).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>The settings of {} cannot be read ({}); the default cycles and distance are used.</source>
      <translation>The settings of {} cannot be read ({}); the default cycles and distance are used.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>The settings of {} cannot be read ({}); the default rates are used.</source>
      <translation>The settings of {} cannot be read ({}); the default rates are used.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>The settings of {} cannot be read ({}); the default weights and distance are used.</source>
      <translation>The settings of {} cannot be read ({}); the default weights and distance are used.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>The settings of {} could not be read ({}): the default list of prohibited classes is used.</source>
      <translation>The settings of {} could not be read ({}): the default list of prohibited classes is used.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>The shapefile {} has no .cpg file telling its text encoding; Chinese shapefiles are usually GBK. Set the layer's encoding to GBK (Layer Properties ▸ Source ▸ Data source encoding), or put a file {} containing the word GBK beside it, and run the import again.</source>
      <translation>The shapefile {} has no .cpg file telling its text encoding; Chinese shapefiles are usually GBK. Set the layer's encoding to GBK (Layer Properties ▸ Source ▸ Data source encoding), or put a file {} containing the word GBK beside it, and run the import again.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <source>The table {} of the PostGIS county database {} cannot be opened as a layer.</source>
      <translation>The table {} of the PostGIS county database {} cannot be opened as a layer.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>The text encoding applies to CSV files and shapefiles; this input is read as it is.</source>
      <translation>The text encoding applies to CSV files and shapefiles; this input is read as it is.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>The township role could not be created: {}</source>
      <translation>The township role could not be created: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>The township statistics could not be read.</source>
      <translation>The township statistics could not be read.</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>The townships' indicators with the change since the period before, and the cases found or demolished.</source>
      <translation>The townships' indicators with the change since the period before, and the cases found or demolished.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>The violations layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</source>
      <translation>The violations layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>The violations layer has no field case_id: the flags cannot be written back.</source>
      <translation>The violations layer has no field case_id: the flags cannot be written back.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>The violations layer has no field party_type: the cadre flag is kept as it was.</source>
      <translation>The violations layer has no field party_type: the cadre flag is kept as it was.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>The violations layer is not a table of a project database, so its case events cannot be read: the check for stale cases was skipped.</source>
      <translation>The violations layer is not a table of a project database, so its case events cannot be read: the check for stale cases was skipped.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>The zones cannot be transformed to the CRS of the input layer ({}): {}</source>
      <translation>The zones cannot be transformed to the CRS of the input layer ({}): {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>The zones cannot be transformed to {}: {}</source>
      <translation>The zones cannot be transformed to {}: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>The zones layer cannot be used: {}</source>
      <translation>The zones layer cannot be used: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>The zones layer “{}” cannot be transformed to {}: {}</source>
      <translation>The zones layer “{}” cannot be transformed to {}: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The zones layer “{}” has no coordinate reference system.</source>
      <translation>The zones layer “{}” has no coordinate reference system.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>The zones layer “{}” has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</source>
      <translation>The zones layer “{}” has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>The zones layer “{}” has no field {}: choose the zones table of a project database, or a polygon layer with the fields zone_code, level and parent_code.</source>
      <translation>The zones layer “{}” has no field {}: choose the zones table of a project database, or a polygon layer with the fields zone_code, level and parent_code.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>The zones layer “{}” has no fields zone_code and level: choose the zones layer of a project database.</source>
      <translation>The zones layer “{}” has no fields zone_code and level: choose the zones layer of a project database.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>The zones layer “{}” has no township-level zones (township, street, park) nor village-level zones (village, community): nothing to assign to.</source>
      <translation>The zones layer “{}” has no township-level zones (township, street, park) nor village-level zones (village, community): nothing to assign to.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The zones layer “{}” has no townships or villages: import the zones first.</source>
      <translation>The zones layer “{}” has no townships or villages: import the zones first.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>The zones layer “{}” has no zones of the level {}: choose the zones table of a project database.</source>
      <translation>The zones layer “{}” has no zones of the level {}: choose the zones table of a project database.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>The zones layer “{}” holds no township or village: township and village codes stay empty.</source>
      <translation>The zones layer “{}” holds no township or village: township and village codes stay empty.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>The {} layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</source>
      <translation>The {} layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the algorithm again.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>There is no case here: click inside a violation of a project database's violations layer.</source>
      <translation>There is no case here: click inside a violation of a project database's violations layer.</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>There is no file {}.</source>
      <translation>There is no file {}.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>There is no house here: click a house of a project database's houses layer.</source>
      <translation>There is no house here: click a house of a project database's houses layer.</translation>
    </message>
    <message>
      <location filename="../plugin/store/inspections.py" />
      <source>There is no house {} in the database.</source>
      <translation>There is no house {} in the database.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>These settings are stored in the project database {} and shared by everyone who uses it.</source>
      <translation>These settings are stored in the project database {} and shared by everyone who uses it.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>This feature is not a house of a project database.</source>
      <translation>This feature is not a house of a project database.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>This feature is not a saved case of a project database.</source>
      <translation>This feature is not a saved case of a project database.</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>This file cannot be opened as a project database: {}</source>
      <translation>This file cannot be opened as a project database: {}</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>This report is written as a {} file: the file name must end in {} ({}).</source>
      <translation>This report is written as a {} file: the file name must end in {} ({}).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>This role may not write public.layer_styles, so the styles are in {}: QGIS loads them only when that schema is on the user's search_path.</source>
      <translation>This role may not write public.layer_styles, so the styles are in {}: QGIS loads them only when that schema is on the user's search_path.</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>This step needs no further data. It is written when the case is saved.</source>
      <translation>This step needs no further data. It is written when the case is saved.</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Township (township, street, park)</source>
      <translation>Township (township, street, park)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Township assessment statistics</source>
      <translation>Township assessment statistics</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Township code (9 digits)</source>
      <translation>Township code (9 digits)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Townships</source>
      <translation>Townships</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Turns the change polygons a province delivers (卫片图斑), or any other polygons, into violation cases of a project database: each new case is a clue (线索) with its own case number and its registration event.

Input: a polygon layer in any CRS, with any field names; it is reprojected to the CRS of the database.
Violations layer: the layer “violations” of the project database.
Zones layer: the zones with the townships and villages (normally the layer “zones” of the same database). Each case gets the township and the village holding the largest part of it; a polygon outside every zone is rejected.
Field map (optional): which input field fills which case field, written like JCBH:patch_no;HSX:discovered_on or as a JSON object {"JCBH": "patch_no"}; field names in any case. Empty: the preset for the common provincial names found in the input: JCBH/TBBH → patch_no, XZQDM → division_code (a hint only: the zones decide), JCMJ → reported_area, QSX → image_before, HSX → image_after, TBLX → patch_type, BHLX → change_type, JCGDMJ → farmland_area, JBNTMJ → basic_farmland_area, ZL → address, BZ → remarks. A map you write replaces the preset. Targets are the fields of the violations table that an import may fill (patch_no, batch, address, party_name, party_type, land_ownership, land_class, building_type, floors, building_area_m2, discovered_on, construction_started_on, discovery_source, the six flag_ fields, reporter, remarks) and the notes division_code, reported_area, image_before, image_after, patch_type, change_type, farmland_area, basic_farmland_area and verdict, which are kept in the remarks. The later image date (HSX) is the discovery date unless a field is mapped to discovered_on; without either, the discovery date is the day of the import. Dates may be written 20240315, 2024-03-15, 2024/3/15, 2024年3月15日 or be Excel day numbers.
Discovery source: kept on each case unless a field is mapped to discovery_source.
Batch (optional): a label kept on each case, e.g. 2024年第一季度.
Duplicate overlap: a polygon is a duplicate, and is not imported, when it has the patch number of an existing case (whatever its status) or of an earlier polygon of the input, or when it overlaps an open case, or a polygon imported earlier in the same run, by at least this share of the smaller of the two areas. Left at 0.5 (or not given), the database's setting duplicate_overlap is used; any other value is used as given.

An invalid geometry is repaired when the repair changes its area by less than 1 %; otherwise the polygon is rejected. Areas are ellipsoidal (m²). New or stock (新增/存量) is set by the database from the discovery date and the cut-off date.
Outputs: the number of cases imported; the duplicates, with the case they duplicate (duplicate_of) and the reason; the rejected polygons with the reason.
Everything is written in one transaction: when the import fails or is canceled, the database stays as it was. A shapefile whose Chinese text comes out garbled is refused, with advice on its encoding.</source>
      <translation>Turns the change polygons a province delivers (卫片图斑), or any other polygons, into violation cases of a project database: each new case is a clue (线索) with its own case number and its registration event.

Input: a polygon layer in any CRS, with any field names; it is reprojected to the CRS of the database.
Violations layer: the layer “violations” of the project database.
Zones layer: the zones with the townships and villages (normally the layer “zones” of the same database). Each case gets the township and the village holding the largest part of it; a polygon outside every zone is rejected.
Field map (optional): which input field fills which case field, written like JCBH:patch_no;HSX:discovered_on or as a JSON object {"JCBH": "patch_no"}; field names in any case. Empty: the preset for the common provincial names found in the input: JCBH/TBBH → patch_no, XZQDM → division_code (a hint only: the zones decide), JCMJ → reported_area, QSX → image_before, HSX → image_after, TBLX → patch_type, BHLX → change_type, JCGDMJ → farmland_area, JBNTMJ → basic_farmland_area, ZL → address, BZ → remarks. A map you write replaces the preset. Targets are the fields of the violations table that an import may fill (patch_no, batch, address, party_name, party_type, land_ownership, land_class, building_type, floors, building_area_m2, discovered_on, construction_started_on, discovery_source, the six flag_ fields, reporter, remarks) and the notes division_code, reported_area, image_before, image_after, patch_type, change_type, farmland_area, basic_farmland_area and verdict, which are kept in the remarks. The later image date (HSX) is the discovery date unless a field is mapped to discovered_on; without either, the discovery date is the day of the import. Dates may be written 20240315, 2024-03-15, 2024/3/15, 2024年3月15日 or be Excel day numbers.
Discovery source: kept on each case unless a field is mapped to discovery_source.
Batch (optional): a label kept on each case, e.g. 2024年第一季度.
Duplicate overlap: a polygon is a duplicate, and is not imported, when it has the patch number of an existing case (whatever its status) or of an earlier polygon of the input, or when it overlaps an open case, or a polygon imported earlier in the same run, by at least this share of the smaller of the two areas. Left at 0.5 (or not given), the database's setting duplicate_overlap is used; any other value is used as given.

An invalid geometry is repaired when the repair changes its area by less than 1 %; otherwise the polygon is rejected. Areas are ellipsoidal (m²). New or stock (新增/存量) is set by the database from the discovery date and the cut-off date.
Outputs: the number of cases imported; the duplicates, with the case they duplicate (duplicate_of) and the reason; the rejected polygons with the reason.
Everything is written in one transaction: when the import fails or is canceled, the database stays as it was. A shapefile whose Chinese text comes out garbled is refused, with advice on its encoding.</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <source>Unknown layout report {} (one of {}).</source>
      <translation>Unknown layout report {} (one of {}).</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Validate the project database</source>
      <translation>Validate the project database</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>Viewer</source>
      <translation>Viewer</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>Village (village, community)</source>
      <translation>Village (village, community)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Villages</source>
      <translation>Villages</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Violation cases</source>
      <translation>Violation cases</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Violations</source>
      <translation>Violations</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../processing/algorithms/flag_priorities.py" />
      <location filename="../processing/algorithms/township_stats.py" />
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Violations layer</source>
      <translation>Violations layer</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>Violations layer of the project database</source>
      <translation>Violations layer of the project database</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Wall maps (PDF)</source>
      <translation>Wall maps (PDF)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Weekly summary (XLSX)</source>
      <translation>Weekly summary (XLSX)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Weights: {}.</source>
      <translation>Weights: {}.</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>Whole house: R = {:.2%}</source>
      <translation>Whole house: R = {:.2%}</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>Workflow step: {}</source>
      <translation>Workflow step: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Write the flags back to the database</source>
      <translation>Write the flags back to the database</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Write the results to the houses table</source>
      <translation>Write the results to the houses table</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Writes one report of a project database: a PDF made from the plugin's print layouts, or an Excel workbook.

Report (the option order is stable):
0 monthly_bulletin — 月通报, PDF: one A4 page per township with a map of its cases by status, its assessment indicators and the county ranking;
1 weekly_summary — 周小结, XLSX: the indicators of every township with the change since the week before, and the cases found or demolished;
2 daily_zero_report — 零报告, XLSX: the patrol reports of the period's last day, every village or grid that did not report marked;
3 case_ledger — 案件台账, XLSX: one row per case (cases not finished before the period), one sheet per township;
4 house_ledger — 自建房台账, XLSX: one row per house;
5 case_booklet — 一案一档, PDF: one page per case of the case ledger: map, fields, history, up to four photos;
6 house_booklet — 一栋一册, PDF: one page per house with a hazard (screening serious or some) or appraised C or D: map, grade, measures and plan, fields, inspections;
7 wall_map — 挂图作战, PDF: one A3 page per township with every open case numbered on the map and listed to be ticked off.

Violations, houses, zones: the layers of one project database (the reports read its cases, events, photos and inspections too).
Period start and end: both days included. Empty: the monthly bulletin takes last month, the weekly summary last week, the daily zero report today, the others this month.
Zone codes (optional): township or village codes separated by commas; the report is limited to them (the bulletin's ranking still shows every township). Empty: the whole county.
Output: a .pdf file for the PDF reports, an .xlsx file for the others; another extension is refused.

The figures of the bulletin, the wall maps, the weekly summary and the ledgers' summary sheets are the rows of liangwei:township_stats (township level), run for the same period and layers: a report and that algorithm never disagree. The layouts are the templates in resources/layouts, which also appear under “New from template” in the layout manager; a template adapted in the layout designer and saved under the same name (monthly_bulletin, wall_map, case_booklet, house_booklet) in the profile's composer_templates folder is used instead. A canceled or failed run leaves no output file (an existing file is kept unchanged).</source>
      <translation>Writes one report of a project database: a PDF made from the plugin's print layouts, or an Excel workbook.

Report (the option order is stable):
0 monthly_bulletin — 月通报, PDF: one A4 page per township with a map of its cases by status, its assessment indicators and the county ranking;
1 weekly_summary — 周小结, XLSX: the indicators of every township with the change since the week before, and the cases found or demolished;
2 daily_zero_report — 零报告, XLSX: the patrol reports of the period's last day, every village or grid that did not report marked;
3 case_ledger — 案件台账, XLSX: one row per case (cases not finished before the period), one sheet per township;
4 house_ledger — 自建房台账, XLSX: one row per house;
5 case_booklet — 一案一档, PDF: one page per case of the case ledger: map, fields, history, up to four photos;
6 house_booklet — 一栋一册, PDF: one page per house with a hazard (screening serious or some) or appraised C or D: map, grade, measures and plan, fields, inspections;
7 wall_map — 挂图作战, PDF: one A3 page per township with every open case numbered on the map and listed to be ticked off.

Violations, houses, zones: the layers of one project database (the reports read its cases, events, photos and inspections too).
Period start and end: both days included. Empty: the monthly bulletin takes last month, the weekly summary last week, the daily zero report today, the others this month.
Zone codes (optional): township or village codes separated by commas; the report is limited to them (the bulletin's ranking still shows every township). Empty: the whole county.
Output: a .pdf file for the PDF reports, an .xlsx file for the others; another extension is refused.

The figures of the bulletin, the wall maps, the weekly summary and the ledgers' summary sheets are the rows of liangwei:township_stats (township level), run for the same period and layers: a report and that algorithm never disagree. The layouts are the templates in resources/layouts, which also appear under “New from template” in the layout manager; a template adapted in the layout designer and saved under the same name (monthly_bulletin, wall_map, case_booklet, house_booklet) in the profile's composer_templates folder is used instead. A canceled or failed run leaves no output file (an existing file is kept unchanged).</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Writing the report…</source>
      <translation>Writing the report…</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Written ({} pages):</source>
      <translation>Written ({} pages):</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>Written back to the database: {} case(s) changed, {} unchanged.</source>
      <translation>Written back to the database: {} case(s) changed, {} unchanged.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>Written back to the database: {} house(s).</source>
      <translation>Written back to the database: {} house(s).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Written in {} s: {}</source>
      <translation>Written in {} s: {}</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>Written:</source>
      <translation>Written:</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>Zone codes, separated by commas (empty: the whole county)</source>
      <translation>Zone codes, separated by commas (empty: the whole county)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Zone polygons</source>
      <translation>Zone polygons</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Zone {} (feature {})</source>
      <translation>Zone {} (feature {})</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>Zones</source>
      <translation>Zones</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Zones added</source>
      <translation>Zones added</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Zones added: {}, updated: {}, rejected: {}, geometries repaired: {}.</source>
      <translation>Zones added: {}, updated: {}, rejected: {}, geometries repaired: {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <location filename="../processing/algorithms/township_stats.py" />
      <location filename="../processing/algorithms/validate_database.py" />
      <source>Zones layer</source>
      <translation>Zones layer</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Zones layer of the project database</source>
      <translation>Zones layer of the project database</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Zones updated</source>
      <translation>Zones updated</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>a collapse risk was recorded</source>
      <translation>a collapse risk was recorded</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>a crack of {:g} mm (at least {:g} mm)</source>
      <translation>a crack of {:g} mm (at least {:g} mm)</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>a dangerous ground makes the whole house D (member ratio {:.2%})</source>
      <translation>a dangerous ground makes the whole house D (member ratio {:.2%})</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>a focus business house altered without professional design</source>
      <translation>a focus business house altered without professional design</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>a member ratio cannot be negative: {}</source>
      <translation>a member ratio cannot be negative: {}</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>a member row must be (storey, member type, total, dangerous), not {!r}</source>
      <translation>a member row must be (storey, member type, total, dangerous), not {!r}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>a new case</source>
      <translation>a new case</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>a tilt of {:g} % (at least {:g} %)</source>
      <translation>a tilt of {:g} % (at least {:g} %)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>a {} needs a {}-digit code, but {} has {} digits</source>
      <translation>a {} needs a {}-digit code, but {} has {} digits</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>altered without professional design</source>
      <translation>altered without professional design</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>appraised: {}</source>
      <translation>appraised: {}</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>built {}</source>
      <translation>built {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>create roles (it needs the CREATEROLE attribute)</source>
      <translation>create roles (it needs the CREATEROLE attribute)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_postgis_schema.py" />
      <source>create schemas in the database {}</source>
      <translation>create schemas in the database {}</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>dangerous ground: a settlement crack of {:g} mm (over 10 mm) with a tilt of {:g} % (over 1 %)</source>
      <translation>dangerous ground: a settlement crack of {:g} mm (over 10 mm) with a tilt of {:g} % (over 1 %)</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>dangerous ground: a tilt of {:g} % (over {:g} % for a house of {} storey(s))</source>
      <translation>dangerous ground: a tilt of {:g} % (over {:g} % for a house of {} storey(s))</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>dangerous ground: settlement of {:g} mm/month for {:g} months, still going (more than 4 mm/month for 2 months)</source>
      <translation>dangerous ground: settlement of {:g} mm/month for {:g} months, still going (more than 4 mm/month for 2 months)</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>dangerous ground: sliding of {:g} mm, still moving (over 10 mm)</source>
      <translation>dangerous ground: sliding of {:g} mm, still moving (over 10 mm)</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>dangerous ground: {:g} settlement cracks wider than 5 mm with a tilt of {:g} % (over 1 %)</source>
      <translation>dangerous ground: {:g} settlement cracks wider than 5 mm with a tilt of {:g} % (over 1 %)</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>differs from the computed grade; the worse one counts</source>
      <translation>differs from the computed grade; the worse one counts</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>every imported case starts as a clue (线索)</source>
      <translation>every imported case starts as a clue (线索)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>farmland</source>
      <translation>farmland</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>feature {}</source>
      <translation>feature {}</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <location filename="../plugin/core/patch_fields.py" />
      <source>field {} ({}): {}</source>
      <translation>field {} ({}): {}</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>from the inspection of {}: this inspection does not change the grade</source>
      <translation>from the inspection of {}: this inspection does not change the grade</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>grade {}</source>
      <translation>grade {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>hills</source>
      <translation>hills</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>houses</source>
      <translation>houses</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <location filename="../processing/algorithms/validate_database.py" />
      <source>invalid</source>
      <translation>invalid</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>it belongs to a later step of the case workflow, not to a new clue</source>
      <translation>it belongs to a later step of the case workflow, not to a new clue</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>it cannot be transformed to {}: {}</source>
      <translation>it cannot be transformed to {}: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>it has no coordinates ({} and {} are empty)</source>
      <translation>it has no coordinates ({} and {} are empty)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <location filename="../processing/algorithms/import_houses.py" />
      <source>it has no geometry</source>
      <translation>it has no geometry</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>it has no house code (房屋编码)</source>
      <translation>it has no house code (房屋编码)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>it has {} points: a house is one point</source>
      <translation>it has {} points: a house is one point</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>it is not a valid polygon once transformed to {}</source>
      <translation>it is not a valid polygon once transformed to {}</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>it is not filled by an import</source>
      <translation>it is not filled by an import</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>its geometry is invalid ({}) and cannot be repaired</source>
      <translation>its geometry is invalid ({}) and cannot be repaired</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>its geometry is invalid ({}) and repairing it would change its area by {:.1f} % (from {:.1f} m² to {:.1f} m²), more than 1 %. Fix the polygon.</source>
      <translation>its geometry is invalid ({}) and repairing it would change its area by {:.1f} % (from {:.1f} m² to {:.1f} m²), more than 1 %. Fix the polygon.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>its geometry is invalid ({}): its rings cross so that its drawn area cannot be measured, and the repaired shape ({:.1f} m²) cannot be checked against it. Fix the polygon.</source>
      <translation>its geometry is invalid ({}): its rings cross so that its drawn area cannot be measured, and the repaired shape ({:.1f} m²) cannot be checked against it. Fix the polygon.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>its geometry is neither a point nor a polygon</source>
      <translation>its geometry is neither a point nor a polygon</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>its geometry is not a polygon</source>
      <translation>its geometry is not a polygon</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>its location cannot be transformed to {}: {}</source>
      <translation>its location cannot be transformed to {}: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>latitude</source>
      <translation>latitude</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>liangwei:grade_houses computes it</source>
      <translation>liangwei:grade_houses computes it</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>longitude</source>
      <translation>longitude</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>measures on record: {}</source>
      <translation>measures on record: {}</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>member ratio {:.2%} is 25 % or more → D</source>
      <translation>member ratio {:.2%} is 25 % or more → D</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>member ratio {:.2%} is below 5 % and no layer is Du → B</source>
      <translation>member ratio {:.2%} is below 5 % and no layer is Du → B</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>member ratio {:.2%} is below 5 % but {} layer(s) are Du → C</source>
      <translation>member ratio {:.2%} is below 5 % but {} layer(s) are Du → C</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>member ratio {:.2%} is from 5 % to below 25 % and {} Du layer(s) are at most (F + B + 1) / 3 = {:.2f} → C</source>
      <translation>member ratio {:.2%} is from 5 % to below 25 % and {} Du layer(s) are at most (F + B + 1) / 3 = {:.2f} → C</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>member ratio {:.2%} is from 5 % to below 25 % but {} Du layer(s) are more than (F + B + 1) / 3 = {:.2f} → D</source>
      <translation>member ratio {:.2%} is from 5 % to below 25 % but {} Du layer(s) are more than (F + B + 1) / 3 = {:.2f} → D</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>no dangerous member: ratio 0 → A</source>
      <translation>no dangerous member: ratio 0 → A</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>no point can be found inside its polygon</source>
      <translation>no point can be found inside its polygon</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>not measured</source>
      <translation>not measured</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>number of dangerous members</source>
      <translation>number of dangerous members</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>number of members</source>
      <translation>number of members</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <source>outside every zone of the database</source>
      <translation>outside every zone of the database</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>overlaps the open case {{case}} by {:.1f} % of the smaller area</source>
      <translation>overlaps the open case {{case}} by {:.1f} % of the smaller area</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>overlaps {}, imported earlier in this run as case {{case}}, by {:.1f} % of the smaller area</source>
      <translation>overlaps {}, imported earlier in this run as case {{case}}, by {:.1f} % of the smaller area</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>planned projects</source>
      <translation>planned projects</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>railways</source>
      <translation>railways</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>rivers</source>
      <translation>rivers</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/flag_priorities.py" />
      <source>roads</source>
      <translation>roads</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>rules: unknown key {} (known here: {})</source>
      <translation>rules: unknown key {} (known here: {})</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>rules: {} cannot be set</source>
      <translation>rules: {} cannot be set</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>rules: {} holds {!r}, which is not one of {}</source>
      <translation>rules: {} holds {!r}, which is not one of {}</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>rules: {} must be a list, not {!r}</source>
      <translation>rules: {} must be a list, not {!r}</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>rules: {} must be a number of 0 or more (or null to switch the rule off), not {!r}</source>
      <translation>rules: {} must be a number of 0 or more (or null to switch the rule off), not {!r}</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>rules: {} must be an object {{…}}, not {!r}</source>
      <translation>rules: {} must be an object {{…}}, not {!r}</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>rules: {} must be true or false, not {!r}</source>
      <translation>rules: {} must be true or false, not {!r}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>same patch number {} as an earlier polygon of the input (case {{case}})</source>
      <translation>same patch number {} as an earlier polygon of the input (case {{case}})</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>same patch number {} as case {{case}}</source>
      <translation>same patch number {} as case {{case}}</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>storey</source>
      <translation>storey</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>storey {}, {}</source>
      <translation>storey {}, {}</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>storeys above ground unknown: the grade cannot be computed</source>
      <translation>storeys above ground unknown: the grade cannot be computed</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the annual quota “{}” is not a number of m² (0 or more)</source>
      <translation>the annual quota “{}” is not a number of m² (0 or more)</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>the appraisal date {} needs the appraisal status 鉴定中 or 已鉴定, not {}</source>
      <translation>the appraisal date {} needs the appraisal status 鉴定中 or 已鉴定, not {}</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>the appraisal grade {} needs the appraisal status 已鉴定 (done), not {}</source>
      <translation>the appraisal grade {} needs the appraisal status 已鉴定 (done), not {}</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>the attachment has no content</source>
      <translation>the attachment has no content</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>the coordinates {}, {} are not a longitude and a latitude (set the CRS of the coordinates)</source>
      <translation>the coordinates {}, {} are not a longitude and a latitude (set the CRS of the coordinates)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>the coordinates “{}”, “{}” are not numbers</source>
      <translation>the coordinates “{}”, “{}” are not numbers</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>the database computes it</source>
      <translation>the database computes it</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>the database derives it from the discovery or construction date and the cut-off date</source>
      <translation>the database derives it from the discovery or construction date and the cut-off date</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>the database keeps it</source>
      <translation>the database keeps it</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>the date {} lies in the future</source>
      <translation>the date {} lies in the future</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>the default list</source>
      <translation>the default list</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/grade_houses.py" />
      <source>the defaults</source>
      <translation>the defaults</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the division code is empty</source>
      <translation>the division code is empty</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>the document</source>
      <translation>the document</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>the floor area {} m² is impossible: it must be greater than 0</source>
      <translation>the floor area {} m² is impossible: it must be greater than 0</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the geometry cannot be transformed to {}: {}</source>
      <translation>the geometry cannot be transformed to {}: {}</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>the ground indicator {} cannot be negative: {}</source>
      <translation>the ground indicator {} cannot be negative: {}</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>the ground indicator {} is not a number: {!r}</source>
      <translation>the ground indicator {} is not a number: {!r}</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>the ground is dangerous (JGJ 125 stage 1)</source>
      <translation>the ground is dangerous (JGJ 125 stage 1)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>the house code {} already appears in {}, an earlier row of the input; only the first one counts</source>
      <translation>the house code {} already appears in {}, an earlier row of the input; only the first one counts</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>the house code {} belongs to the county {}, not to the county {} of the project database</source>
      <translation>the house code {} belongs to the county {}, not to the county {} of the project database</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>the house code “{}” is malformed: a house code is YH, the 6-digit county code and 9 digits, e.g. YH330624100000123</source>
      <translation>the house code “{}” is malformed: a house code is YH, the 6-digit county code and 9 digits, e.g. YH330624100000123</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <location filename="../plugin/core/patch_fields.py" />
      <source>the import writes the name of the QGIS user</source>
      <translation>the import writes the name of the QGIS user</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>the inspector's screening: {}</source>
      <translation>the inspector's screening: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the name is empty</source>
      <translation>the name is empty</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>the number of basement storeys is not a number: {!r}</source>
      <translation>the number of basement storeys is not a number: {!r}</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>the number of basement storeys must be a whole number of 0 or more, not {!r}</source>
      <translation>the number of basement storeys must be a whole number of 0 or more, not {!r}</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>the number of storeys above ground is needed to grade a house (it is {!r})</source>
      <translation>the number of storeys above ground is needed to grade a house (it is {!r})</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>the number of storeys above ground must be a whole number of 1 or more, not {!r}</source>
      <translation>the number of storeys above ground must be a whole number of 1 or more, not {!r}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>the parameter Prohibited classes</source>
      <translation>the parameter Prohibited classes</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the parent code “{}” is not the beginning of the zone code {}</source>
      <translation>the parent code “{}” is not the beginning of the zone code {}</translation>
    </message>
    <message>
      <location filename="../plugin/gis/case_tools.py" />
      <source>the polygon cannot be transformed to {}: {}</source>
      <translation>the polygon cannot be transformed to {}: {}</translation>
    </message>
    <message>
      <location filename="../plugin/gis/case_tools.py" />
      <source>the polygon has no area</source>
      <translation>the polygon has no area</translation>
    </message>
    <message>
      <location filename="../plugin/gis/case_tools.py" />
      <source>the polygon is empty</source>
      <translation>the polygon is empty</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>the rules file {} cannot be read: {}</source>
      <translation>the rules file {} cannot be read: {}</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>the rules file {} is not valid JSON: {}</source>
      <translation>the rules file {} is not valid JSON: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>the setting of the project database {}</source>
      <translation>the setting of the project database {}</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>the tilt cannot exceed 100 %: {}</source>
      <translation>the tilt cannot exceed 100 %: {}</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>the township is decided by the zones (largest overlap); map the division code to division_code to keep it as a hint</source>
      <translation>the township is decided by the zones (largest overlap); map the division code to division_code to keep it as a hint</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>the village is decided by the zones (largest overlap); map the division code to division_code to keep it as a hint</source>
      <translation>the village is decided by the zones (largest overlap); map the division code to division_code to keep it as a hint</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>the year {} is before 1800</source>
      <translation>the year {} is before 1800</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>the year {} lies in the future</source>
      <translation>the year {} lies in the future</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <source>the zones layer places it in {}, which is not a zone of the project database</source>
      <translation>the zones layer places it in {}, which is not a zone of the project database</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>unknown level “{}” (use county, township, street, park, village, community or grid, or 县, 乡镇, 街道, 园区, 村, 社区, 网格)</source>
      <translation>unknown level “{}” (use county, township, street, park, village, community or grid, or 县, 乡镇, 街道, 园区, 村, 社区, 网格)</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>unknown member type {!r} (known: {})</source>
      <translation>unknown member type {!r} (known: {})</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>{:g} crack(s) wider than 5 mm</source>
      <translation>{:g} crack(s) wider than 5 mm</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>{}
{} · added {} by {}</source>
      <translation>{}
{} · added {} by {}</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>{}
{} · not saved yet</source>
      <translation>{}
{} · not saved yet</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{} (fixed by this step)</source>
      <translation>{} (fixed by this step)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>{} (house {})</source>
      <translation>{} (house {})</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>{} (new)</source>
      <translation>{} (new)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>{} already exists. Choose another file name, or tick “Overwrite an existing file” to replace it.</source>
      <translation>{} already exists. Choose another file name, or tick “Overwrite an existing file” to replace it.</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>{} already exists. Choose another file name, or tick “Overwrite the file if it exists” to replace it.</source>
      <translation>{} already exists. Choose another file name, or tick “Overwrite the file if it exists” to replace it.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>{} and feature {} (“{}”) have the same division code {}: each zone may appear only once in the input. Nothing was imported.</source>
      <translation>{} and feature {} (“{}”) have the same division code {}: each zone may appear only once in the input. Nothing was imported.</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>{} bytes</source>
      <translation>{} bytes</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>{} cannot be opened: {}</source>
      <translation>{} cannot be opened: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>{} cannot be read directly ({}); reading it through QGIS.</source>
      <translation>{} cannot be read directly ({}); reading it through QGIS.</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>{} cannot be read: {}</source>
      <translation>{} cannot be read: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../ui/database_dialog.py" />
      <source>{} cannot be replaced: the current project has layers from it ({}). Remove them from the project first.</source>
      <translation>{} cannot be replaced: the current project has layers from it ({}). Remove them from the project first.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>{} case(s) have no discovery date in the input: the day of the import ({}) is used.</source>
      <translation>{} case(s) have no discovery date in the input: the day of the import ({}) is used.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>{} cases and {} houses read; {} of them crossed a cell boundary and were placed by their largest overlap.</source>
      <translation>{} cases and {} houses read; {} of them crossed a cell boundary and were placed by their largest overlap.</translation>
    </message>
    <message>
      <location filename="../ui/case_dialog.py" />
      <source>{} changed this case at {}, after you opened it. Your changes were not saved: reload the case to see theirs, then enter yours again.</source>
      <translation>{} changed this case at {}, after you opened it. Your changes were not saved: reload the case to see theirs, then enter yours again.</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>{} count(s) of the inspection of {} have no place in this house's storeys and were left out.</source>
      <translation>{} count(s) of the inspection of {} have no place in this house's storeys and were left out.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>{} feature {} (layer “{}”)</source>
      <translation>{} feature {} (layer “{}”)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>{} feature(s) were rejected and not imported; their reasons are listed above.</source>
      <translation>{} feature(s) were rejected and not imported; their reasons are listed above.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>{} feature(s) were skipped because of their geometry; they are named above.</source>
      <translation>{} feature(s) were skipped because of their geometry; they are named above.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>{} features have no geometry; their codes are empty.</source>
      <translation>{} features have no geometry; their codes are empty.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>{} features lie in a township but in none of its villages; their village code is empty.</source>
      <translation>{} features lie in a township but in none of its villages; their village code is empty.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>{} features lie outside every zone; their codes are empty (feature ids: {}).</source>
      <translation>{} features lie outside every zone; their codes are empty (feature ids: {}).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>{} house(s) were rejected and not imported; their reasons are listed above and in the output “Rejected houses”.</source>
      <translation>{} house(s) were rejected and not imported; their reasons are listed above and in the output “Rejected houses”.</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>{} is a folder, not a file.</source>
      <translation>{} is a folder, not a file.</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>{} is impossible: it must be at least {}</source>
      <translation>{} is impossible: it must be at least {}</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>{} is impossible: it must be at most {}</source>
      <translation>{} is impossible: it must be at most {}</translation>
    </message>
    <message>
      <location filename="../plugin/reports/layouts.py" />
      <source>{} is not a QGIS layout template.</source>
      <translation>{} is not a QGIS layout template.</translation>
    </message>
    <message>
      <location filename="../ui/attachments_widget.py" />
      <source>{} is too large ({}); attachments are limited to {}.</source>
      <translation>{} is too large ({}); attachments are limited to {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{} of the layer “{}” cannot be transformed to {}: {}</source>
      <translation>{} of the layer “{}” cannot be transformed to {}: {}</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.py" />
      <source>{} of {} chosen</source>
      <translation>{} of {} chosen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>{} of {} features assigned to a township.</source>
      <translation>{} of {} features assigned to a township.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>{} open case(s) in the database are checked for duplicates.</source>
      <translation>{} open case(s) in the database are checked for duplicates.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/check_planning.py" />
      <source>{} planning polygon(s) have no class: cases there count as outside every class.</source>
      <translation>{} planning polygon(s) have no class: cases there count as outside every class.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>{} polygon(s) were rejected and not imported; their reasons are listed above and in the output “Rejected patches”.</source>
      <translation>{} polygon(s) were rejected and not imported; their reasons are listed above and in the output “Rejected patches”.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>{} setting(s) saved in {}.</source>
      <translation>{} setting(s) saved in {}.</translation>
    </message>
    <message>
      <location filename="../ui/case_panel.py" />
      <source>{} shown: {} open, {} overdue, {} stale</source>
      <translation>{} shown: {} open, {} overdue, {} stale</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>{} storey(s) above ground</source>
      <translation>{} storey(s) above ground</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <source>{} written.</source>
      <translation>{} written.</translation>
    </message>
    <message>
      <location filename="../plugin/core/screening.py" />
      <source>{} years old, built as {}</source>
      <translation>{} years old, built as {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/township_stats.py" />
      <source>{} zones written.</source>
      <translation>{} zones written.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: appraised {} but no rectification measure is recorded.</source>
      <translation>{}: appraised {} but no rectification measure is recorded.</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>{}: at most {:g}, not {}.</source>
      <translation>{}: at most {:g}, not {}.</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: cannot be after {}.</source>
      <translation>{}: cannot be after {}.</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: cannot be before 1900.</source>
      <translation>{}: cannot be before 1900.</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: cannot be before {}.</source>
      <translation>{}: cannot be before {}.</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: cannot lie in the future.</source>
      <translation>{}: cannot lie in the future.</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>{}: choose the kind of inspection.</source>
      <translation>{}: choose the kind of inspection.</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>{}: counted twice</source>
      <translation>{}: counted twice</translation>
    </message>
    <message>
      <location filename="../ui/member_grid.py" />
      <source>{}: dangerous members</source>
      <translation>{}: dangerous members</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>{}: duplicate, not imported ({}).</source>
      <translation>{}: duplicate, not imported ({}).</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: exceeds {} (by more than 5 %).</source>
      <translation>{}: exceeds {} (by more than 5 %).</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>{}: foundation members belong to storey 0 and every other member to a storey above (1, 2 …) or below ground (-1, -2 …)</source>
      <translation>{}: foundation members belong to storey 0 and every other member to a storey above (1, 2 …) or below ground (-1, -2 …)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <location filename="../processing/algorithms/import_zones.py" />
      <source>{}: invalid geometry repaired ({}).</source>
      <translation>{}: invalid geometry repaired ({}).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: it has no geometry.</source>
      <translation>{}: it has no geometry.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: it lies outside every township and village of the zones layer.</source>
      <translation>{}: it lies outside every township and village of the zones layer.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <source>{}: its division code {} disagrees with the zones, which place it in {} / {} (the zones decide).</source>
      <translation>{}: its division code {} disagrees with the zones, which place it in {} / {} (the zones decide).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: its township code is {}, but it lies in township {}.</source>
      <translation>{}: its township code is {}, but it lies in township {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: its village code is {}, but it lies in village {}.</source>
      <translation>{}: its village code is {}, but it lies in village {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: mandatory field(s) empty: {}.</source>
      <translation>{}: mandatory field(s) empty: {}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>{}: member counts cannot be negative (total {}, dangerous {})</source>
      <translation>{}: member counts cannot be negative (total {}, dangerous {})</translation>
    </message>
    <message>
      <location filename="../ui/member_grid.py" />
      <source>{}: members</source>
      <translation>{}: members</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: must be a number.</source>
      <translation>{}: must be a number.</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: must be a real date (YYYY-MM-DD).</source>
      <translation>{}: must be a real date (YYYY-MM-DD).</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: must be a whole number.</source>
      <translation>{}: must be a whole number.</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: must be at least {}.</source>
      <translation>{}: must be at least {}.</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: must be at most {}.</source>
      <translation>{}: must be at most {}.</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: must be filled in.</source>
      <translation>{}: must be filled in.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: open ({}) and no event was ever recorded for it.</source>
      <translation>{}: open ({}) and no event was ever recorded for it.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: open ({}) with no event for {} days (last event on {}; allowed {} days).</source>
      <translation>{}: open ({}) with no event for {} days (last event on {}; allowed {} days).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <location filename="../processing/algorithms/import_patches.py" />
      <location filename="../processing/algorithms/import_zones.py" />
      <source>{}: the database refused it ({}). Nothing was imported.</source>
      <translation>{}: the database refused it ({}). Nothing was imported.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: the geometry is invalid ({}).</source>
      <translation>{}: the geometry is invalid ({}).</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>{}: the house has only {} storey(s) above ground</source>
      <translation>{}: the house has only {} storey(s) above ground</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>{}: the house has {} basement storey(s)</source>
      <translation>{}: the house has {} basement storey(s)</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: the polygon lies outside every township of the zones table. Draw it inside the county, or import the zones first.</source>
      <translation>{}: the polygon lies outside every township of the zones table. Draw it inside the county, or import the zones first.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <source>{}: the reported area {} differs from the measured {:.1f} m² by more than 5 %.</source>
      <translation>{}: the reported area {} differs from the measured {:.1f} m² by more than 5 %.</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: the step {} is not allowed by the workflow.</source>
      <translation>{}: the step {} is not allowed by the workflow.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_patches.py" />
      <location filename="../processing/algorithms/import_zones.py" />
      <source>{}: the text “{}” is garbled, so the input's encoding is wrong and nothing was imported. {}</source>
      <translation>{}: the text “{}” is garbled, so the input's encoding is wrong and nothing was imported. {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_houses.py" />
      <source>{}: the text “{}” is garbled, so the input's text encoding is wrong and nothing was imported. Choose the encoding (GBK or UTF-8) and run the import again.</source>
      <translation>{}: the text “{}” is garbled, so the input's text encoding is wrong and nothing was imported. Choose the encoding (GBK or UTF-8) and run the import again.</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>{}: the {} is not a whole number ({!r})</source>
      <translation>{}: the {} is not a whole number ({!r})</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: this step needs a written reason.</source>
      <translation>{}: this step needs a written reason.</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: this step requires {}.</source>
      <translation>{}: this step requires {}.</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.py" />
      <source>{}: unknown value {}.</source>
      <translation>{}: unknown value {}.</translation>
    </message>
    <message>
      <location filename="../ui/member_grid.py" />
      <source>{}: weight {:g}</source>
      <translation>{}: weight {:g}</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>{}: {} (R = {:.2%})</source>
      <translation>{}: {} (R = {:.2%})</translation>
    </message>
    <message>
      <location filename="../plugin/core/jgj125.py" />
      <source>{}: {} dangerous members but only {} members</source>
      <translation>{}: {} dangerous members but only {} members</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>{}: {} dangerous members but only {} members.</source>
      <translation>{}: {} dangerous members but only {} members.</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>{}: {} lies in the future; an inspection cannot be dated after today ({}).</source>
      <translation>{}: {} lies in the future; an inspection cannot be dated after today ({}).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/validate_database.py" />
      <source>{}: {} problem(s)</source>
      <translation>{}: {} problem(s)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/detect_changes.py" />
      <source>{}: {}; skipped.</source>
      <translation>{}: {}; skipped.</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>{}: “{}” is not a number.</source>
      <translation>{}: “{}” is not a number.</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>{}: “{}” is not a whole number.</source>
      <translation>{}: “{}” is not a whole number.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>{}; area changed by {:.3f} %</source>
      <translation>{}; area changed by {:.3f} %</translation>
    </message>
    <message>
      <location filename="../ui/inspection_dialog.py" />
      <source>— choose —</source>
      <translation>— choose —</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <location filename="../plugin/core/patch_fields.py" />
      <source>“{}” cannot be filled by an import: {}.</source>
      <translation>“{}” cannot be filled by an import: {}.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" />
      <source>“{}” cannot be less than “{}”.</source>
      <translation>“{}” cannot be less than “{}”.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>“{}” is not a 6, 9, 12 or 15-digit division code</source>
      <translation>“{}” is not a 6, 9, 12 or 15-digit division code</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>“{}” is not a date (write it like 2024-03-15, 20240315, 2024/3/15 or 2024年3月15日)</source>
      <translation>“{}” is not a date (write it like 2024-03-15, 20240315, 2024/3/15 or 2024年3月15日)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_report.py" />
      <location filename="../processing/algorithms/township_stats.py" />
      <source>“{}” is not a date.</source>
      <translation>“{}” is not a date.</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>“{}” is not a field that can be imported. Use one of: {}.</source>
      <translation>“{}” is not a field that can be imported. Use one of: {}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>“{}” is not a house field that can be imported. Use one of: {}.</source>
      <translation>“{}” is not a house field that can be imported. Use one of: {}.</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <location filename="../plugin/core/patch_fields.py" />
      <source>“{}” is not a number</source>
      <translation>“{}” is not a number</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <location filename="../plugin/core/patch_fields.py" />
      <source>“{}” is not a whole number</source>
      <translation>“{}” is not a whole number</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>“{}” is not a year (write it like 1998, 1998年 or 1990年代)</source>
      <translation>“{}” is not a year (write it like 1998, 1998年 or 1990年代)</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <location filename="../plugin/core/patch_fields.py" />
      <source>“{}” is not one of {}</source>
      <translation>“{}” is not one of {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_township_role.py" />
      <source>“{}” is not the schema of a county database.</source>
      <translation>“{}” is not the schema of a county database.</translation>
    </message>
    <message>
      <location filename="../plugin/core/patch_fields.py" />
      <source>“{}” is not yes or no (1/0, 是/否)</source>
      <translation>“{}” is not yes or no (1/0, 是/否)</translation>
    </message>
    <message>
      <location filename="../plugin/core/house_fields.py" />
      <source>“{}” is not yes or no (是/否, 1/0, Y/N)</source>
      <translation>“{}” is not yes or no (是/否, 1/0, Y/N)</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>&amp;Cancel</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>&amp;Open the file when done</source>
      <translation>&amp;Open the file when done</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>&amp;Period</source>
      <translation>&amp;Period</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>&amp;Report</source>
      <translation>&amp;Report</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>&amp;Townships</source>
      <translation>&amp;Townships</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>&amp;from</source>
      <translation>&amp;from</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>&amp;to</source>
      <translation>&amp;to</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>Export a report</source>
      <translation>Export a report</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>Output &amp;file</source>
      <translation>Output &amp;file</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>Select &amp;all</source>
      <translation>Select &amp;all</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>Select &amp;none</source>
      <translation>Select &amp;none</translation>
    </message>
    <message>
      <location filename="../ui/report_dialog.ui" />
      <source>The townships the report covers; all of them: the whole county.</source>
      <translation>The townships the report covers; all of them: the whole county.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../ui/settings_dialog.ui" />
      <source>Project settings</source>
      <translation>Project settings</translation>
    </message>
  </context>
  <context>
    <name>TransitionDialog</name>
    <message>
      <location filename="../ui/transition_dialog.ui" />
      <source>&amp;Note</source>
      <translation>&amp;Note</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.ui" />
      <source>The step is written when the case is saved.</source>
      <translation>The step is written when the case is saved.</translation>
    </message>
    <message>
      <location filename="../ui/transition_dialog.ui" />
      <source>Workflow step</source>
      <translation>Workflow step</translation>
    </message>
  </context>
</TS>
