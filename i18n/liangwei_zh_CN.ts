<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>DatabaseDialog</name>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>&amp;Create a new project database</source>
      <translation>新建治违数据库(&amp;C)</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>&amp;Open an existing project database</source>
      <translation>打开已有治违数据库(&amp;O)</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>Coordinate &amp;reference system</source>
      <translation>坐标参考系(&amp;R)</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>County &amp;division code</source>
      <translation>县级行政区划代码(&amp;D)</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>Create or open a project database</source>
      <translation>新建或打开治违数据库</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>Database &amp;file</source>
      <translation>数据库文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>Over&amp;write the file if it exists</source>
      <translation>文件已存在时覆盖(&amp;W)</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>The 6-digit administrative division code of the county; case numbers start with it.</source>
      <translation>本县6位行政区划代码，案件编号以此开头。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>The layers of the database are added to the map in the group “两违治理”.</source>
      <translation>数据库的图层将加入地图的“两违治理”图层组。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>What do you want to do?</source>
      <translation>请选择操作</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.ui" />
      <source>e.g. 330624</source>
      <translation>如 330624</translation>
    </message>
  </context>
  <context>
    <name>Liangwei</name>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>A new, empty GeoPackage is created for the county and its layers are added to the map in the group “两违治理”.</source>
      <translation>为本县新建一个空的 GeoPackage 数据库，并将其图层加入地图的“两违治理”图层组。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../ui/database_dialog.py" />
      <source>A project database is a GeoPackage: the file name must end in .gpkg ({}).</source>
      <translation>治违数据库是 GeoPackage 文件，文件名须以 .gpkg 结尾（{}）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Annual demolition quota field (m²)</source>
      <translation>年度拆违任务字段（m²）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Canceled: no database was written.</source>
      <translation>已取消，未写入数据库。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Canceled: nothing was imported, the database is as it was.</source>
      <translation>已取消：未导入任何数据，数据库保持不变。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <source>Choose a coordinate reference system, e.g. EPSG:4490 (CGCS2000).</source>
      <translation>请选择坐标参考系，如 EPSG:4490（CGCS2000）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Choose the field for “{}”.</source>
      <translation>请选择“{}”。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../ui/database_dialog.py" />
      <source>Choose the file of the project database.</source>
      <translation>请选择治违数据库文件。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Choose the layer “{}” of a project database.</source>
      <translation>请选择治违数据库中的“{}”图层。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <source>Coordinate reference system</source>
      <translation>坐标参考系</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>County division code (6 digits)</source>
      <translation>县级行政区划代码（6位）</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Create a new project database for a county, or open an existing one, and add its layers to the map</source>
      <translation>为本县新建治违数据库或打开已有数据库，并将其图层加入地图</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <source>Create project database</source>
      <translation>新建治违数据库</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Create/open project database</source>
      <translation>新建/打开治违数据库</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Created the demo county database {}.</source>
      <translation>已创建演示县数据库 {}。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>Created the project database {} for county {} ({}).</source>
      <translation>已创建治违数据库 {}（县代码 {}，坐标系 {}）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <source>Created the project database {}.</source>
      <translation>已创建治违数据库 {}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Creates a project database filled with a made-up county for training, demonstrations and tests: townships and villages with their boundaries and quotas, violation cases at every stage of the workflow with their case events, and self-built houses with inspections, appraisals and rectification.

Seed: the same seed and numbers always give the same county.
Townships, villages, violations: how many to make.
Houses: how many self-built houses; 0 means three per violation.
Overwrite: an existing file is only replaced when this is ticked.

Areas are computed on the ellipsoid. The database is written to a temporary file and moved into place at the end: when the run fails or is canceled, no file is left behind and an existing file is not touched. The database is not added to the map: open it with “Create/open project database”.</source>
      <translation>新建一个治违数据库，填入一个虚构的县，供培训、演示和测试使用：含乡镇、村及其边界和拆违任务，处于办案流程各环节的违建案件及其案件环节记录，以及带有检查、鉴定和整治记录的自建房。

随机种子：种子和数量相同，生成的县总是相同。
乡镇数、村数、违建数：各生成多少。
自建房数：生成多少栋自建房；0 表示每宗违建三栋。
覆盖：勾选后才会替换已有文件。

面积按椭球面计算。数据库先写入临时文件，完成后再移到目标位置：运行失败或取消时不会留下文件，已有文件也不受影响。数据库不会加入地图，请用“新建/打开治违数据库”打开。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <source>Creates an empty Liangwei project database: one GeoPackage file holding the zones, violations, case events, attachments, self-built houses and their inspections, the settings of the county and the default layer styles.

County division code: the 6-digit administrative division code of the county, e.g. 330624. Case numbers start with it.
CRS: the coordinate reference system of the stored geometries; the default EPSG:4490 (CGCS2000) suits a whole county. Areas are always computed on the ellipsoid, whatever the CRS.
Overwrite: an existing file is only replaced when this is ticked.

The file is built in a temporary file and moved into place at the end, so a failure never leaves a half-made database. It is not added to the map: open it with “Create/open project database” to get its styled layers.</source>
      <translation>新建一个空的治违数据库：一个 GeoPackage 文件，包含行政区划、违建图斑、案件环节、附件、自建房及其检查记录、本县设置和默认图层样式。

县级行政区划代码：本县的6位行政区划代码，如 330624，案件编号以此开头。
坐标参考系：几何数据的存储坐标系；默认的 EPSG:4490（CGCS2000）适用于全县。无论采用何种坐标系，面积始终按椭球面计算。
覆盖：勾选后才会替换已有文件。

数据库先在临时文件中生成，完成后再移到目标位置，失败时不会留下不完整的数据库。数据库不会加入地图，请用“新建/打开治违数据库”打开，以加载带样式的图层。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Creating the project database for county {}…</source>
      <translation>正在为县 {} 新建治违数据库…</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <source>Creating {} for county {} in {}…</source>
      <translation>正在新建 {}（县代码 {}，坐标系 {}）…</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Database upgraded: {}</source>
      <translation>数据库已升级：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Division code field</source>
      <translation>行政区划代码字段</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Enter the 6-digit county division code, e.g. 330624.</source>
      <translation>请输入6位县级行政区划代码，如 330624。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Every township needs at least one village: ask for at least {} villages.</source>
      <translation>每个乡镇至少要有一个村：村数至少应为 {}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Feature {}</source>
      <translation>要素 {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Feature {} (code {})</source>
      <translation>要素 {}（代码 {}）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Feature {} (code {}, “{}”)</source>
      <translation>要素 {}（代码 {}，“{}”）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Features rejected</source>
      <translation>拒绝导入要素数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Generate demo county</source>
      <translation>生成演示县</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Generating {} townships, {} villages, {} violations and {} houses (seed {})…</source>
      <translation>正在生成 {} 个乡镇、{} 个村、{} 宗违建和 {} 栋自建房（随机种子 {}）…</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <location filename="../ui/database_dialog.py" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Geometries repaired</source>
      <translation>修复几何数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Import zones</source>
      <translation>导入行政区划</translation>
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
      <translation>将多边形图层中的乡镇、街道、园区、村、社区和网格导入治违数据库的行政区划表。

输入：任意坐标系的多边形图层，导入时重投影到数据库的坐标系。
行政区划代码字段：行政区划代码（6、9、12 或 15 位）。以数字存储的代码（如 330624100.0）也可接受。每个代码在输入中只能出现一次。
名称字段：行政区划名称。
上级代码字段（可选）：上一级的代码；不指定时由代码本身推出上级（330624100201 → 330624100）。
级别字段（可选）：县、乡镇、街道、园区、村、社区或网格，中英文均可（county、township、street、park、village、community、grid）；不指定时按代码长度确定级别。
年度拆违任务字段（可选）：年度拆违任务面积，单位 m²。
目标：治违数据库的“行政区划”图层。

代码已在数据库中的行政区划予以更新（几何、名称、上级、级别，指定任务字段时还有年度任务），不重复添加。无效几何在修复后面积变化小于 1 % 时予以修复，否则拒绝导入该要素；缺少有效代码、名称或级别的要素同样拒绝导入，每个被拒要素都连同要素编号列在日志中。全部数据在一个事务中写入：导入失败或取消时，数据库保持不变。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>It was upgraded to the current version: {}.</source>
      <translation>数据库已升级到当前版本：{}。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Level field</source>
      <translation>级别字段</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" />
      <source>Liangwei</source>
      <translation>两违治理</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" />
      <source>Liangwei 两违治理</source>
      <translation>两违治理</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Name field</source>
      <translation>名称字段</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>Open a project database</source>
      <translation>打开治违数据库</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>Opened the project database {} (county {}).</source>
      <translation>已打开治违数据库 {}（县代码 {}）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Overwrite an existing file</source>
      <translation>覆盖已有文件</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Parent code field</source>
      <translation>上级代码字段</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Project database</source>
      <translation>治违数据库</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Random seed</source>
      <translation>随机种子</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Rows in {}</source>
      <translation>{} 表记录数</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>Save the new project database as</source>
      <translation>保存新建的治违数据库</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Self-built houses (0: three per violation)</source>
      <translation>自建房数（0：每宗违建三栋）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>Set the input layer's data source encoding (Layer Properties ▸ Source), usually GBK for Chinese shapefiles, and run the import again.</source>
      <translation>请设置输入图层的数据源编码（图层属性 ▸ 源），中文 Shapefile 通常为 GBK，然后重新导入。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The county code must have exactly 6 digits, e.g. 330624; “{}” is not one.</source>
      <translation>县级行政区划代码须为6位数字，如 330624；“{}”不符合。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>The database is checked, upgraded if an older version of the plugin made it, and its layers are added to the map in the group “两违治理”.</source>
      <translation>检查数据库（由旧版插件创建的将自动升级），并将其图层加入地图的“两违治理”图层组。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>The demo county could not be generated: {}</source>
      <translation>无法生成演示县：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../ui/database_dialog.py" />
      <source>The folder {} does not exist.</source>
      <translation>文件夹 {} 不存在。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>The input layer has no coordinate reference system: set its CRS (Layer Properties ▸ Source) and run the import again.</source>
      <translation>输入图层没有坐标参考系：请设置其坐标系（图层属性 ▸ 源）后重新导入。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>The input layer has no field “{}”.</source>
      <translation>输入图层没有字段“{}”。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The layer “{}” does not belong to a Liangwei project database: {}</source>
      <translation>图层“{}”不属于两违治理数据库：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The layer “{}” is in editing mode: save or discard its edits and stop editing first.</source>
      <translation>图层“{}”正处于编辑状态：请先保存或放弃编辑并结束编辑。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>The layer “{}” is not the table {} of a Liangwei project database (its source is {}).</source>
      <translation>图层“{}”不是两违治理数据库中的 {} 表（其数据源为 {}）。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>The layers of {} could not be added to the map: {}</source>
      <translation>无法将 {} 的图层加入地图：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <location filename="../ui/database_dialog.py" />
      <source>The project database could not be created: {}</source>
      <translation>无法新建治违数据库：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <location filename="../ui/database_dialog.py" />
      <source>The project database could not be written to {}: {}</source>
      <translation>无法将治违数据库写入 {}：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_database.py" />
      <source>The project database needs a CRS with an EPSG code, e.g. EPSG:4490 (CGCS2000) or EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E); “{}” has none.</source>
      <translation>治违数据库须使用有 EPSG 代码的坐标系，如 EPSG:4490（CGCS2000）或 EPSG:4549（CGCS2000 / 3度带高斯-克吕格投影，中央经线 120°E）；“{}”没有 EPSG 代码。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>The project database {} could not be written ({}). Nothing was imported.</source>
      <translation>无法写入治违数据库 {}（{}），未导入任何数据。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>The shapefile {} has no .cpg file telling its text encoding; Chinese shapefiles are usually GBK. Set the layer's encoding to GBK (Layer Properties ▸ Source ▸ Data source encoding), or put a file {} containing the word GBK beside it, and run the import again.</source>
      <translation>Shapefile {} 没有说明文本编码的 .cpg 文件；中文 Shapefile 通常为 GBK 编码。请将图层编码设为 GBK（图层属性 ▸ 源 ▸ 数据源编码），或在同一文件夹中放置内容为 GBK 的文件 {}，然后重新导入。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>There is no file {}.</source>
      <translation>文件 {} 不存在。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>This file cannot be opened as a project database: {}</source>
      <translation>无法将此文件作为治违数据库打开：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Townships</source>
      <translation>乡镇数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Villages</source>
      <translation>村数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Violations</source>
      <translation>违建数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/generate_demo_county.py" />
      <source>Written in {} s: {}</source>
      <translation>用时 {} 秒，写入：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Zone polygons</source>
      <translation>行政区划面图层</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>Zones</source>
      <translation>行政区划</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Zones added</source>
      <translation>新增行政区划数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Zones added: {}, updated: {}, rejected: {}, geometries repaired: {}.</source>
      <translation>新增行政区划 {} 个，更新 {} 个，拒绝导入 {} 个，修复几何 {} 个。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Zones layer of the project database</source>
      <translation>治违数据库的行政区划图层</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>Zones updated</source>
      <translation>更新行政区划数</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>a {} needs a {}-digit code, but {} has {} digits</source>
      <translation>级别“{}”需要 {} 位代码，而 {} 为 {} 位</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>invalid</source>
      <translation>无效</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>it has no geometry</source>
      <translation>没有几何</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>its geometry is invalid ({}) and cannot be repaired</source>
      <translation>几何无效（{}），且无法修复</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>its geometry is invalid ({}) and repairing it would change its area by {:.1f} % (from {:.1f} m² to {:.1f} m²), more than 1 %. Fix the polygon.</source>
      <translation>几何无效（{}），修复会使面积变化 {:.1f} %（由 {:.1f} m² 变为 {:.1f} m²），超过 1 %。请修正该多边形。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>its geometry is invalid ({}): its rings cross so that its drawn area cannot be measured, and the repaired shape ({:.1f} m²) cannot be checked against it. Fix the polygon.</source>
      <translation>几何无效（{}）：其环相互交叉，无法量算所绘面积，因而无法核对修复后的图形（{:.1f} m²）。请修正该多边形。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>its geometry is not a polygon</source>
      <translation>几何不是多边形</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the annual quota “{}” is not a number of m² (0 or more)</source>
      <translation>年度任务“{}”不是有效的面积数值（m²，不小于 0）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the division code is empty</source>
      <translation>行政区划代码为空</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the geometry cannot be transformed to {}: {}</source>
      <translation>几何无法转换到 {}：{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the name is empty</source>
      <translation>名称为空</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>the parent code “{}” is not the beginning of the zone code {}</source>
      <translation>上级代码“{}”与行政区划代码 {} 的开头不一致</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>unknown level “{}” (use county, township, street, park, village, community or grid, or 县, 乡镇, 街道, 园区, 村, 社区, 网格)</source>
      <translation>未知级别“{}”（可用 县、乡镇、街道、园区、村、社区、网格，或 county、township、street、park、village、community、grid）</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <source>{} already exists. Choose another file name, or tick “Overwrite an existing file” to replace it.</source>
      <translation>{} 已存在。请另选文件名，或勾选“覆盖已有文件”予以替换。</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" />
      <source>{} already exists. Choose another file name, or tick “Overwrite the file if it exists” to replace it.</source>
      <translation>{} 已存在。请另选文件名，或勾选“文件已存在时覆盖”予以替换。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>{} and feature {} (“{}”) have the same division code {}: each zone may appear only once in the input. Nothing was imported.</source>
      <translation>{}与要素 {}（“{}”）的行政区划代码同为 {}：每个行政区划在输入中只能出现一次。未导入任何数据。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" />
      <location filename="../ui/database_dialog.py" />
      <source>{} cannot be replaced: the current project has layers from it ({}). Remove them from the project first.</source>
      <translation>无法替换 {}：当前项目中有来自该文件的图层（{}）。请先将其从项目中移除。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>{} feature(s) were rejected and not imported; their reasons are listed above.</source>
      <translation>{} 个要素被拒绝，未导入；原因见上文。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>{}: invalid geometry repaired ({}).</source>
      <translation>{}：已修复无效几何（{}）。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>{}: the database refused it ({}). Nothing was imported.</source>
      <translation>{}：数据库拒绝写入（{}）。未导入任何数据。</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>{}: the text “{}” is garbled, so the input's encoding is wrong and nothing was imported. {}</source>
      <translation>{}：文本“{}”为乱码，说明输入数据的编码设置有误，未导入任何数据。{}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/common.py" />
      <source>{}; area changed by {:.3f} %</source>
      <translation>{}；面积变化 {:.3f} %</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_zones.py" />
      <source>“{}” is not a 6, 9, 12 or 15-digit division code</source>
      <translation>“{}”不是 6、9、12 或 15 位的行政区划代码</translation>
    </message>
  </context>
</TS>
