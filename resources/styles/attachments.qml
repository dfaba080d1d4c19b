<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" maxScale="0" minScale="1e+08" readOnly="0" styleCategories="LayerConfiguration|Symbology|Symbology3D|Labeling|Fields|Forms|Actions|MapTips|Diagrams|AttributeTable|Rendering|GeometryOptions|Temporal|Legend|Elevation|Notes" version="3.22.16-Białowieża">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal accumulate="0" durationField="" durationUnit="min" enabled="0" endExpression="" endField="" fixedDuration="0" limitMode="0" mode="0" startExpression="" startField="">
    <fixedRange>
      <start />
      <end />
    </fixedRange>
  </temporal>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option type="QString" value="" />
    </activeChecks>
    <checkConfiguration />
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector" />
  <fieldConfiguration>
    <field configurationFlags="None" name="attachment_id">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="owner_table">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="案件" type="QString" value="violations" />
              </Option>
              <Option type="Map">
                <Option name="案件环节" type="QString" value="case_events" />
              </Option>
              <Option type="Map">
                <Option name="房屋" type="QString" value="houses" />
              </Option>
              <Option type="Map">
                <Option name="房屋检查" type="QString" value="house_inspections" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="owner_id">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="file_name">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="mime_type">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="size_bytes">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="content">
      <editWidget type="Binary">
        <config>
          <Option />
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="taken_at">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" type="bool" value="true" />
            <Option name="calendar_popup" type="bool" value="true" />
            <Option name="display_format" type="QString" value="yyyy-MM-dd HH:mm:ss" />
            <Option name="field_format" type="QString" value="yyyy-MM-ddTHH:mm:ss" />
            <Option name="field_iso_format" type="bool" value="true" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="added_at">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" type="bool" value="true" />
            <Option name="calendar_popup" type="bool" value="true" />
            <Option name="display_format" type="QString" value="yyyy-MM-dd HH:mm:ss" />
            <Option name="field_format" type="QString" value="yyyy-MM-ddTHH:mm:ss" />
            <Option name="field_iso_format" type="bool" value="true" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="added_by">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="note">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="attachment_id" index="0" name="附件编号" />
    <alias field="owner_table" index="1" name="所属" />
    <alias field="owner_id" index="2" name="所属编号" />
    <alias field="file_name" index="3" name="文件名" />
    <alias field="mime_type" index="4" name="类型" />
    <alias field="size_bytes" index="5" name="大小(字节)" />
    <alias field="content" index="6" name="内容" />
    <alias field="taken_at" index="7" name="拍摄时间" />
    <alias field="added_at" index="8" name="添加时间" />
    <alias field="added_by" index="9" name="添加人" />
    <alias field="note" index="10" name="说明" />
  </aliases>
  <defaults>
    <default applyOnUpdate="0" expression="" field="attachment_id" />
    <default applyOnUpdate="0" expression="" field="owner_table" />
    <default applyOnUpdate="0" expression="" field="owner_id" />
    <default applyOnUpdate="0" expression="" field="file_name" />
    <default applyOnUpdate="0" expression="" field="mime_type" />
    <default applyOnUpdate="0" expression="" field="size_bytes" />
    <default applyOnUpdate="0" expression="" field="content" />
    <default applyOnUpdate="0" expression="" field="taken_at" />
    <default applyOnUpdate="0" expression="" field="added_at" />
    <default applyOnUpdate="0" expression="" field="added_by" />
    <default applyOnUpdate="0" expression="" field="note" />
  </defaults>
  <constraints>
    <constraint constraints="3" exp_strength="0" field="attachment_id" notnull_strength="1" unique_strength="1" />
    <constraint constraints="1" exp_strength="0" field="owner_table" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="owner_id" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="file_name" notnull_strength="1" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="mime_type" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="size_bytes" notnull_strength="0" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="content" notnull_strength="1" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="taken_at" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="added_at" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="added_by" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="note" notnull_strength="0" unique_strength="0" />
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="attachment_id" />
    <constraint desc="" exp="" field="owner_table" />
    <constraint desc="" exp="" field="owner_id" />
    <constraint desc="" exp="" field="file_name" />
    <constraint desc="" exp="" field="mime_type" />
    <constraint desc="" exp="" field="size_bytes" />
    <constraint desc="" exp="" field="content" />
    <constraint desc="" exp="" field="taken_at" />
    <constraint desc="" exp="" field="added_at" />
    <constraint desc="" exp="" field="added_by" />
    <constraint desc="" exp="" field="note" />
  </constraintExpressions>
  <expressionfields />
  <attributeactions />
  <attributetableconfig actionWidgetStyle="dropDown" sortExpression="" sortOrder="0">
    <columns />
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles />
    <fieldstyles />
  </conditionalstyles>
  <storedexpressions />
  <editform tolerant="1" />
  <editforminit />
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath />
  <editforminitcode />
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable>
    <field editable="0" name="added_at" />
    <field editable="1" name="added_by" />
    <field editable="0" name="attachment_id" />
    <field editable="1" name="content" />
    <field editable="1" name="file_name" />
    <field editable="1" name="mime_type" />
    <field editable="1" name="note" />
    <field editable="1" name="owner_id" />
    <field editable="1" name="owner_table" />
    <field editable="0" name="size_bytes" />
    <field editable="1" name="taken_at" />
  </editable>
  <labelOnTop />
  <reuseLastValue />
  <dataDefinedFieldProperties />
  <widgets />
  <previewExpression>"file_name"</previewExpression>
  <mapTip />
  <layerGeometryType>4</layerGeometryType>
</qgis>
