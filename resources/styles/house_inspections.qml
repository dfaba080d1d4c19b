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
    <field configurationFlags="None" name="inspection_id">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="house_id">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="inspected_on">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" type="bool" value="true" />
            <Option name="calendar_popup" type="bool" value="true" />
            <Option name="display_format" type="QString" value="yyyy-MM-dd" />
            <Option name="field_format" type="QString" value="yyyy-MM-dd" />
            <Option name="field_iso_format" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="inspector">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="kind">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="日常巡查" type="QString" value="patrol" />
              </Option>
              <Option type="Map">
                <Option name="隐患初判" type="QString" value="screening" />
              </Option>
              <Option type="Map">
                <Option name="安全鉴定" type="QString" value="appraisal" />
              </Option>
              <Option type="Map">
                <Option name="复查" type="QString" value="recheck" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="findings">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="true" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="screening">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="存在严重安全隐患" type="QString" value="serious" />
              </Option>
              <Option type="Map">
                <Option name="存在一定安全隐患" type="QString" value="some" />
              </Option>
              <Option type="Map">
                <Option name="未发现安全隐患" type="QString" value="none" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="collapse_risk">
      <editWidget type="CheckBox">
        <config>
          <Option type="Map">
            <Option name="CheckedState" type="QString" value="1" />
            <Option name="TextDisplayMethod" type="int" value="0" />
            <Option name="UncheckedState" type="QString" value="0" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="settlement_mm_month">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="settlement_months">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="settlement_ongoing">
      <editWidget type="CheckBox">
        <config>
          <Option type="Map">
            <Option name="CheckedState" type="QString" value="1" />
            <Option name="TextDisplayMethod" type="int" value="0" />
            <Option name="UncheckedState" type="QString" value="0" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="crack_max_mm">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cracks_over_5mm">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="tilt_pct">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="sliding_mm">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="sliding_ongoing">
      <editWidget type="CheckBox">
        <config>
          <Option type="Map">
            <Option name="CheckedState" type="QString" value="1" />
            <Option name="TextDisplayMethod" type="int" value="0" />
            <Option name="UncheckedState" type="QString" value="0" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="appraisal_grade">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(空)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
              </Option>
              <Option type="Map">
                <Option name="A级" type="QString" value="A" />
              </Option>
              <Option type="Map">
                <Option name="B级" type="QString" value="B" />
              </Option>
              <Option type="Map">
                <Option name="C级(局部危房)" type="QString" value="C" />
              </Option>
              <Option type="Map">
                <Option name="D级(整幢危房)" type="QString" value="D" />
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="appraisal_agency">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false" />
            <Option name="UseHtml" type="bool" value="false" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="measures_taken">
      <editWidget type="ValueRelation">
        <config>
          <Option type="Map">
            <Option name="AllowMulti" type="bool" value="true" />
            <Option name="AllowNull" type="bool" value="true" />
            <Option name="Description" type="QString" value="" />
            <Option name="FilterExpression" type="QString" value="&quot;list_name&quot; = 'measure'" />
            <Option name="Key" type="QString" value="code" />
            <Option name="Layer" type="QString" value="code_lists" />
            <Option name="LayerName" type="QString" value="code_lists" />
            <Option name="LayerProviderName" type="QString" value="ogr" />
            <Option name="LayerSource" type="QString" value="" />
            <Option name="NofColumns" type="int" value="2" />
            <Option name="OrderByDescending" type="bool" value="false" />
            <Option name="OrderByField" type="bool" value="true" />
            <Option name="OrderByFieldName" type="QString" value="sort_order" />
            <Option name="OrderByValue" type="bool" value="false" />
            <Option name="UseCompleter" type="bool" value="false" />
            <Option name="Value" type="QString" value="zh" />
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="created_at">
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
    <field configurationFlags="None" name="updated_by">
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
    <alias field="inspection_id" index="0" name="检查记录编号" />
    <alias field="house_id" index="1" name="房屋编码" />
    <alias field="inspected_on" index="2" name="检查日期" />
    <alias field="inspector" index="3" name="检查人" />
    <alias field="kind" index="4" name="检查类型" />
    <alias field="findings" index="5" name="检查情况" />
    <alias field="screening" index="6" name="隐患初判" />
    <alias field="collapse_risk" index="7" name="存在倒塌风险" />
    <alias field="settlement_mm_month" index="8" name="沉降速率(mm/月)" />
    <alias field="settlement_months" index="9" name="持续沉降月数" />
    <alias field="settlement_ongoing" index="10" name="沉降未停止" />
    <alias field="crack_max_mm" index="11" name="最大沉降裂缝(mm)" />
    <alias field="cracks_over_5mm" index="12" name="大于5mm裂缝数" />
    <alias field="tilt_pct" index="13" name="倾斜率(%)" />
    <alias field="sliding_mm" index="14" name="滑移量(mm)" />
    <alias field="sliding_ongoing" index="15" name="滑移未停止" />
    <alias field="appraisal_grade" index="16" name="鉴定等级" />
    <alias field="appraisal_agency" index="17" name="鉴定机构" />
    <alias field="measures_taken" index="18" name="已采取措施" />
    <alias field="created_at" index="19" name="录入时间" />
    <alias field="updated_by" index="20" name="录入人" />
  </aliases>
  <defaults>
    <default applyOnUpdate="0" expression="" field="inspection_id" />
    <default applyOnUpdate="0" expression="" field="house_id" />
    <default applyOnUpdate="0" expression="" field="inspected_on" />
    <default applyOnUpdate="0" expression="" field="inspector" />
    <default applyOnUpdate="0" expression="" field="kind" />
    <default applyOnUpdate="0" expression="" field="findings" />
    <default applyOnUpdate="0" expression="" field="screening" />
    <default applyOnUpdate="0" expression="" field="collapse_risk" />
    <default applyOnUpdate="0" expression="" field="settlement_mm_month" />
    <default applyOnUpdate="0" expression="" field="settlement_months" />
    <default applyOnUpdate="0" expression="" field="settlement_ongoing" />
    <default applyOnUpdate="0" expression="" field="crack_max_mm" />
    <default applyOnUpdate="0" expression="" field="cracks_over_5mm" />
    <default applyOnUpdate="0" expression="" field="tilt_pct" />
    <default applyOnUpdate="0" expression="" field="sliding_mm" />
    <default applyOnUpdate="0" expression="" field="sliding_ongoing" />
    <default applyOnUpdate="0" expression="" field="appraisal_grade" />
    <default applyOnUpdate="0" expression="" field="appraisal_agency" />
    <default applyOnUpdate="0" expression="" field="measures_taken" />
    <default applyOnUpdate="0" expression="" field="created_at" />
    <default applyOnUpdate="0" expression="" field="updated_by" />
  </defaults>
  <constraints>
    <constraint constraints="3" exp_strength="0" field="inspection_id" notnull_strength="1" unique_strength="1" />
    <constraint constraints="1" exp_strength="0" field="house_id" notnull_strength="1" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="inspected_on" notnull_strength="1" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="inspector" notnull_strength="0" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="kind" notnull_strength="1" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="findings" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="screening" notnull_strength="0" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="collapse_risk" notnull_strength="1" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="settlement_mm_month" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="settlement_months" notnull_strength="0" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="settlement_ongoing" notnull_strength="1" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="crack_max_mm" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="cracks_over_5mm" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="tilt_pct" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="sliding_mm" notnull_strength="0" unique_strength="0" />
    <constraint constraints="1" exp_strength="0" field="sliding_ongoing" notnull_strength="1" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="appraisal_grade" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="appraisal_agency" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="measures_taken" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="created_at" notnull_strength="0" unique_strength="0" />
    <constraint constraints="0" exp_strength="0" field="updated_by" notnull_strength="0" unique_strength="0" />
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="inspection_id" />
    <constraint desc="" exp="" field="house_id" />
    <constraint desc="" exp="" field="inspected_on" />
    <constraint desc="" exp="" field="inspector" />
    <constraint desc="" exp="" field="kind" />
    <constraint desc="" exp="" field="findings" />
    <constraint desc="" exp="" field="screening" />
    <constraint desc="" exp="" field="collapse_risk" />
    <constraint desc="" exp="" field="settlement_mm_month" />
    <constraint desc="" exp="" field="settlement_months" />
    <constraint desc="" exp="" field="settlement_ongoing" />
    <constraint desc="" exp="" field="crack_max_mm" />
    <constraint desc="" exp="" field="cracks_over_5mm" />
    <constraint desc="" exp="" field="tilt_pct" />
    <constraint desc="" exp="" field="sliding_mm" />
    <constraint desc="" exp="" field="sliding_ongoing" />
    <constraint desc="" exp="" field="appraisal_grade" />
    <constraint desc="" exp="" field="appraisal_agency" />
    <constraint desc="" exp="" field="measures_taken" />
    <constraint desc="" exp="" field="created_at" />
    <constraint desc="" exp="" field="updated_by" />
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
  <editorlayout>tablayout</editorlayout>
  <attributeEditorForm>
    <attributeEditorContainer columnCount="1" groupBox="0" name="检查情况" showLabel="1" visibilityExpression="" visibilityExpressionEnabled="0">
      <attributeEditorField index="1" name="house_id" showLabel="1" />
      <attributeEditorField index="2" name="inspected_on" showLabel="1" />
      <attributeEditorField index="3" name="inspector" showLabel="1" />
      <attributeEditorField index="4" name="kind" showLabel="1" />
      <attributeEditorField index="5" name="findings" showLabel="1" />
      <attributeEditorField index="6" name="screening" showLabel="1" />
      <attributeEditorField index="7" name="collapse_risk" showLabel="1" />
      <attributeEditorField index="16" name="appraisal_grade" showLabel="1" />
      <attributeEditorField index="17" name="appraisal_agency" showLabel="1" />
      <attributeEditorField index="18" name="measures_taken" showLabel="1" />
    </attributeEditorContainer>
    <attributeEditorContainer columnCount="1" groupBox="0" name="地基" showLabel="1" visibilityExpression="" visibilityExpressionEnabled="0">
      <attributeEditorField index="8" name="settlement_mm_month" showLabel="1" />
      <attributeEditorField index="9" name="settlement_months" showLabel="1" />
      <attributeEditorField index="10" name="settlement_ongoing" showLabel="1" />
      <attributeEditorField index="11" name="crack_max_mm" showLabel="1" />
      <attributeEditorField index="12" name="cracks_over_5mm" showLabel="1" />
      <attributeEditorField index="13" name="tilt_pct" showLabel="1" />
      <attributeEditorField index="14" name="sliding_mm" showLabel="1" />
      <attributeEditorField index="15" name="sliding_ongoing" showLabel="1" />
    </attributeEditorContainer>
    <attributeEditorContainer columnCount="1" groupBox="0" name="构件统计" showLabel="1" visibilityExpression="" visibilityExpressionEnabled="0">
      <attributeEditorField index="0" name="inspection_id" showLabel="1" />
      <attributeEditorField index="19" name="created_at" showLabel="1" />
      <attributeEditorField index="20" name="updated_by" showLabel="1" />
    </attributeEditorContainer>
  </attributeEditorForm>
  <editable>
    <field editable="1" name="appraisal_agency" />
    <field editable="1" name="appraisal_grade" />
    <field editable="1" name="collapse_risk" />
    <field editable="1" name="crack_max_mm" />
    <field editable="1" name="cracks_over_5mm" />
    <field editable="0" name="created_at" />
    <field editable="1" name="findings" />
    <field editable="1" name="house_id" />
    <field editable="1" name="inspected_on" />
    <field editable="0" name="inspection_id" />
    <field editable="1" name="inspector" />
    <field editable="1" name="kind" />
    <field editable="1" name="measures_taken" />
    <field editable="1" name="screening" />
    <field editable="1" name="settlement_mm_month" />
    <field editable="1" name="settlement_months" />
    <field editable="1" name="settlement_ongoing" />
    <field editable="1" name="sliding_mm" />
    <field editable="1" name="sliding_ongoing" />
    <field editable="1" name="tilt_pct" />
    <field editable="1" name="updated_by" />
  </editable>
  <labelOnTop />
  <reuseLastValue />
  <dataDefinedFieldProperties />
  <widgets />
  <previewExpression>to_string("inspected_on") || ' ' || represent_value("kind")</previewExpression>
  <mapTip />
  <layerGeometryType>4</layerGeometryType>
</qgis>
