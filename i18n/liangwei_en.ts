<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>Liangwei</name>
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
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Annual demolition quota field (m²)</source>
      <translation>Annual demolition quota field (m²)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Canceled: no database was written.</source>
      <translation>Canceled: no database was written.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Canceled: nothing was imported, the database is as it was.</source>
      <translation>Canceled: nothing was imported, the database is as it was.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <source>Choose a coordinate reference system, e.g. EPSG:4490 (CGCS2000).</source>
      <translation>Choose a coordinate reference system, e.g. EPSG:4490 (CGCS2000).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Choose the field for “{}”.</source>
      <translation>Choose the field for “{}”.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../ui/database_dialog.py" />
      <source>Choose the file of the project database.</source>
      <translation>Choose the file of the project database.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Choose the layer “{}” of a project database.</source>
      <translation>Choose the layer “{}” of a project database.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <source>Coordinate reference system</source>
      <translation>Coordinate reference system</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>County division code (6 digits)</source>
      <translation>County division code (6 digits)</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Create a new project database for a county, or open an existing one, and add its layers to the map</source>
      <translation>Create a new project database for a county, or open an existing one, and add its layers to the map</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <source>Create project database</source>
      <translation>Create project database</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Create/open project database</source>
      <translation>Create/open project database</translation>
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
      <source>Creates a project database filled with a made-up county for training, demonstrations and tests: townships and villages with their boundaries and quotas, violation cases at every stage of the workflow with their case events, and self-built houses with inspections, appraisals and rectification.

Seed: the same seed and numbers always give the same county.
Townships, villages, violations: how many to make.
Houses: how many self-built houses; 0 means three per violation.
Overwrite: an existing file is only replaced when this is ticked.

Areas are computed on the ellipsoid. The database is written to a temporary file and moved into place at the end: when the run fails or is canceled, no file is left behind and an existing file is not touched. The database is not added to the map: open it with “Create/open project database”.</source>
      <translation>Creates a project database filled with a made-up county for training, demonstrations and tests: townships and villages with their boundaries and quotas, violation cases at every stage of the workflow with their case events, and self-built houses with inspections, appraisals and rectification.

Seed: the same seed and numbers always give the same county.
Townships, villages, violations: how many to make.
Houses: how many self-built houses; 0 means three per violation.
Overwrite: an existing file is only replaced when this is ticked.

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
      <location filename="../processing/algorithms/base.py" />
      <source>Database upgraded: {}</source>
      <translation>Database upgraded: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Division code field</source>
      <translation>Division code field</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Enter the 6-digit county division code, e.g. 330624.</source>
      <translation>Enter the 6-digit county division code, e.g. 330624.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Every township needs at least one village: ask for at least {} villages.</source>
      <translation>Every township needs at least one village: ask for at least {} villages.</translation>
    </message>
    <message>
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
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Features rejected</source>
      <translation>Features rejected</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Generate demo county</source>
      <translation>Generate demo county</translation>
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
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Import zones</source>
      <translation>Import zones</translation>
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
      <location filename="../ui/database_dialog.py" />
      <source>It was upgraded to the current version: {}.</source>
      <translation>It was upgraded to the current version: {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Level field</source>
      <translation>Level field</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Liangwei</source>
      <translation>Liangwei</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" />
      <source>Liangwei 两违治理</source>
      <translation>Liangwei 两违治理</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Name field</source>
      <translation>Name field</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>Open a project database</source>
      <translation>Open a project database</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>Opened the project database {} (county {}).</source>
      <translation>Opened the project database {} (county {}).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Overwrite an existing file</source>
      <translation>Overwrite an existing file</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Parent code field</source>
      <translation>Parent code field</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Project database</source>
      <translation>Project database</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Random seed</source>
      <translation>Random seed</translation>
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
      <location filename="../processing/algorithms/base.py" />
      <source>The county code must have exactly 6 digits, e.g. 330624; “{}” is not one.</source>
      <translation>The county code must have exactly 6 digits, e.g. 330624; “{}” is not one.</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>The database is checked, upgraded if an older version of the plugin made it, and its layers are added to the map in the group “两违治理”.</source>
      <translation>The database is checked, upgraded if an older version of the plugin made it, and its layers are added to the map in the group “两违治理”.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>The demo county could not be generated: {}</source>
      <translation>The demo county could not be generated: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../ui/database_dialog.py" />
      <source>The folder {} does not exist.</source>
      <translation>The folder {} does not exist.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>The input layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the import again.</source>
      <translation>The input layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the import again.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>The input layer has no field “{}”.</source>
      <translation>The input layer has no field “{}”.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The layer “{}” does not belong to a Liangwei project database: {}</source>
      <translation>The layer “{}” does not belong to a Liangwei project database: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The layer “{}” is in editing mode: save or discard its edits and stop editing first.</source>
      <translation>The layer “{}” is in editing mode: save or discard its edits and stop editing first.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The layer “{}” is not the table {} of a Liangwei project database (its source is {}).</source>
      <translation>The layer “{}” is not the table {} of a Liangwei project database (its source is {}).</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>The layers of {} could not be added to the map: {}</source>
      <translation>The layers of {} could not be added to the map: {}</translation>
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
      <location filename="../processing/algorithms/create_database.py" />
      <source>The project database needs a CRS with an EPSG code, e.g. EPSG:4490 (CGCS2000) or EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E); “{}” has none.</source>
      <translation>The project database needs a CRS with an EPSG code, e.g. EPSG:4490 (CGCS2000) or EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E); “{}” has none.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>The project database {} could not be written ({}). Nothing was imported.</source>
      <translation>The project database {} could not be written ({}). Nothing was imported.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>The shapefile {} has no .cpg file telling its text encoding; Chinese shapefiles are usually GBK. Set the layer's encoding to GBK (Layer Properties ▸ Source ▸ Data source encoding), or put a file {} containing the word GBK beside it, and run the import again.</source>
      <translation>The shapefile {} has no .cpg file telling its text encoding; Chinese shapefiles are usually GBK. Set the layer's encoding to GBK (Layer Properties ▸ Source ▸ Data source encoding), or put a file {} containing the word GBK beside it, and run the import again.</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>There is no file {}.</source>
      <translation>There is no file {}.</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>This file cannot be opened as a project database: {}</source>
      <translation>This file cannot be opened as a project database: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Townships</source>
      <translation>Townships</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Villages</source>
      <translation>Villages</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Violations</source>
      <translation>Violations</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Written in {} s: {}</source>
      <translation>Written in {} s: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Zone polygons</source>
      <translation>Zone polygons</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
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
      <location filename="../processing/algorithms/import_zones.py" />
      <source>a {} needs a {}-digit code, but {} has {} digits</source>
      <translation>a {} needs a {}-digit code, but {} has {} digits</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>invalid</source>
      <translation>invalid</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>it has no geometry</source>
      <translation>it has no geometry</translation>
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
      <location filename="../processing/algorithms/common.py" />
      <source>its geometry is not a polygon</source>
      <translation>its geometry is not a polygon</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the annual quota “{}” is not a number of m² (0 or more)</source>
      <translation>the annual quota “{}” is not a number of m² (0 or more)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the division code is empty</source>
      <translation>the division code is empty</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the geometry cannot be transformed to {}: {}</source>
      <translation>the geometry cannot be transformed to {}: {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the name is empty</source>
      <translation>the name is empty</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the parent code “{}” is not the beginning of the zone code {}</source>
      <translation>the parent code “{}” is not the beginning of the zone code {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>unknown level “{}” (use county, township, street, park, village, community or grid, or 县, 乡镇, 街道, 园区, 村, 社区, 网格)</source>
      <translation>unknown level “{}” (use county, township, street, park, village, community or grid, or 县, 乡镇, 街道, 园区, 村, 社区, 网格)</translation>
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
      <location filename="../processing/algorithms/base.py" />
      <location filename="../ui/database_dialog.py" />
      <source>{} cannot be replaced: the current project has layers from it ({}). Remove them from the project first.</source>
      <translation>{} cannot be replaced: the current project has layers from it ({}). Remove them from the project first.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>{} feature(s) were rejected and not imported; their reasons are listed above.</source>
      <translation>{} feature(s) were rejected and not imported; their reasons are listed above.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>{}: invalid geometry repaired ({}).</source>
      <translation>{}: invalid geometry repaired ({}).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>{}: the database refused it ({}). Nothing was imported.</source>
      <translation>{}: the database refused it ({}). Nothing was imported.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>{}: the text “{}” is garbled, so the input's encoding is wrong and nothing was imported. {}</source>
      <translation>{}: the text “{}” is garbled, so the input's encoding is wrong and nothing was imported. {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>{}; area changed by {:.3f} %</source>
      <translation>{}; area changed by {:.3f} %</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>“{}” is not a 6, 9, 12 or 15-digit division code</source>
      <translation>“{}” is not a 6, 9, 12 or 15-digit division code</translation>
    </message>
  </context>
</TS>
