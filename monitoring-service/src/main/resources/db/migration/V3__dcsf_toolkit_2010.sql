-- The built-in framework: the primary self-evaluation and improvement toolkit (DCSF, 2010),
-- "Leading improvement through the challenges and opportunities in school and across schools",
-- Section 2, ref 00012-2010BKT-EN. Six core elements; core elements 2 and 6 have their quality
-- standards in full (A-F and A-G, with the exemplification); for 1, 3, 4 and 5 the booklet gives
-- the standards of the overview, used here as they are. The questions are the booklet's "key
-- questions for discussion" (and, for 2 and 6, its questions for whole-school discussion).
-- Fixed ids so that clients and other environments can refer to them.

INSERT INTO framework (id, trust_id, school_id, built_in, title, description, source, created_by, created_at, updated_at, version)
VALUES ('d0c5f010-2010-4000-8000-000000000001', NULL, NULL, true,
        'Primary self-evaluation and improvement toolkit (2010)',
        'The six core elements of successful improvement practice and their quality standards, each rated on a 4 point scale with notes to support self-evaluation (what is the evidence for the school''s judgement?) and action planning (what specific actions are required, who is responsible, when?).',
        'DCSF (2010) Leading improvement through the challenges and opportunities in school and across schools, Section 2: Primary self-evaluation and improvement toolkit. Ref 00012-2010BKT-EN. Crown copyright.',
        'system', '2010-01-01T00:00:00Z', '2010-01-01T00:00:00Z', 0);

INSERT INTO core_element (id, framework_id, number, title, questions) VALUES
    ('d0c5f010-2010-4000-8001-000000000001', 'd0c5f010-2010-4000-8000-000000000001', 1, 'Self-evaluation using the school improvement cycle',
     ARRAY['Do the school''s self-evaluation processes identify strengths and specific areas for improvement?', 'What evidence is there that the headteacher and senior leaders have a shared overview of the school''s improvement priorities?']::text[]);
INSERT INTO quality_standard (id, core_element_id, code, position, title, description) VALUES
    ('d0c5f010-2010-4000-8002-000000000101', 'd0c5f010-2010-4000-8001-000000000001', 'A', 1, 'School self-evaluation processes identify strengths and specific areas for development',
     NULL),
    ('d0c5f010-2010-4000-8002-000000000102', 'd0c5f010-2010-4000-8001-000000000001', 'B', 2, 'The school uses all available data to set ambitious targets for improvement',
     NULL),
    ('d0c5f010-2010-4000-8002-000000000103', 'd0c5f010-2010-4000-8001-000000000001', 'C', 3, 'Headteacher and senior leaders have a shared overview of the school''s improvement priorities which they share effectively with all stakeholders',
     NULL),
    ('d0c5f010-2010-4000-8002-000000000104', 'd0c5f010-2010-4000-8001-000000000001', 'D', 4, 'School improvement activity builds capacity to ensure sustainable improvement over time',
     NULL),
    ('d0c5f010-2010-4000-8002-000000000105', 'd0c5f010-2010-4000-8001-000000000001', 'E', 5, 'Continuous school self-evaluation leads to focused action(s) governed by the needs of the children, families and the community',
     NULL);

INSERT INTO core_element (id, framework_id, number, title, questions) VALUES
    ('d0c5f010-2010-4000-8001-000000000002', 'd0c5f010-2010-4000-8000-000000000001', 2, 'Tracking pupil progress at whole-school and classroom level',
     ARRAY['Do pupils'' individual targets take account of prior attainment and national age-related expectations?', 'What evidence is there that quality first teaching is informed by termly tracking of individual children''s progress?', 'Do senior leaders use data and termly tracking information to inform the school''s improvement activity?', 'Does the school know where members of underperforming groups are and have high expectations for them?', 'How accurate are the judgements that inform the school''s tracking of pupil progress? How does the school know they are accurate?', 'Are all teachers engaging with the assessing pupils'' progress (APP) processes and does this inform the school''s pupil tracking system?', 'How does the school use pupil tracking to identify children that are making insufficient progress?', 'How does the school use pupil tracking to plan and map appropriate interventions for underachieving groups? Which children are making insufficient progress? Are there any underachieving groups, e.g. by year group, gender, FSM entitlement, minority ethnic group?', 'Does pupil tracking lead to explicit actions in classrooms that improves teaching and learning? What is the impact of this action on pupil progress and attainment? How does the school know?']::text[]);
INSERT INTO quality_standard (id, core_element_id, code, position, title, description) VALUES
    ('d0c5f010-2010-4000-8002-000000000201', 'd0c5f010-2010-4000-8001-000000000002', 'A', 1, 'Senior leaders use data and termly tracking information to inform the school''s improvement activity',
     'Senior leaders: map attainment and progress over time in all core subjects, including the combined attainment measure; identify areas for whole-school development; identify underperforming children; plan and map appropriate intervention(s), including the use of one-to-one tuition; set ambitious but realistic targets for improvement across all year groups for the combined attainment measure and in each core subject.'),
    ('d0c5f010-2010-4000-8002-000000000202', 'd0c5f010-2010-4000-8001-000000000002', 'B', 2, 'Pupils'' individual end-of-year expectations are set taking account of prior attainment, and national age-related expectations',
     'Attainment and progress are benchmarked against national data with regard to gender, ethnicity and free school meal (FSM) entitlement with appropriate actions taken to close gaps between underperforming individuals/groups and any in-school variations between subjects.'),
    ('d0c5f010-2010-4000-8002-000000000203', 'd0c5f010-2010-4000-8001-000000000002', 'C', 3, 'All staff have a shared knowledge and understanding of age-related expectations and good progress across a key stage',
     'Class teachers make accurate, periodic teacher assessments in all the core subjects using the assessing pupils'' progress (APP) materials and standardised test outcomes, when appropriate. All staff identify children that are falling behind, slow moving or stuck, taking account of prior attainment and baseline assessments, and plan appropriate support to ensure accelerated progress to achieve or exceed national age-related expectations in all the core subjects, including the combined attainment measure.'),
    ('d0c5f010-2010-4000-8002-000000000204', 'd0c5f010-2010-4000-8001-000000000002', 'D', 4, 'Senior leaders and staff track and monitor individual children''s progress towards their end-of-year expectations',
     'Each term the quality assured outcomes from the school''s tracking system are analysed and acted upon by senior leaders and staff. Leadership enables all staff to take the appropriate action(s) necessary to ensure as many children as possible make good progress and achieve or exceed age-related expectations. Attainment and progress of underperforming children, and subsequent school actions, are reported and discussed at senior leadership team meetings, governor meetings and key stage/phase/year group meetings, as appropriate.'),
    ('d0c5f010-2010-4000-8002-000000000205', 'd0c5f010-2010-4000-8001-000000000002', 'E', 5, 'Quality First Teaching is informed by termly tracking of individual children''s progress',
     'Curriculum provision, planning and focused teaching are regularly refined and adjusted by class teachers to meet the specific needs and interests of the whole class, group and individual child to ensure appropriate rates of progress are maintained.'),
    ('d0c5f010-2010-4000-8002-000000000206', 'd0c5f010-2010-4000-8001-000000000002', 'F', 6, 'Class teachers discuss individual progress, attainment and planned next steps with children and their parents/carers',
     'At regular consultation meetings, teachers, parents/carers and children discuss current attainment, progress and attitudes to learning and plan possible next steps to support further progress, including the planned use of additional intervention(s), one-to-one tuition and the engagement of wider children''s support services for children not making good or expected progress, as appropriate.');

INSERT INTO core_element (id, framework_id, number, title, questions) VALUES
    ('d0c5f010-2010-4000-8001-000000000003', 'd0c5f010-2010-4000-8000-000000000001', 3, 'A single plan or Raising Attainment Plan (RAP)',
     ARRAY['Are termly outcomes of pupil progress identified in the single plan?', 'Does the single plan identify clear lines of accountability and ensure that activities are carried out on time?', 'Does the single plan create a sense of urgency for achieving improvement?']::text[]);
INSERT INTO quality_standard (id, core_element_id, code, position, title, description) VALUES
    ('d0c5f010-2010-4000-8002-000000000301', 'd0c5f010-2010-4000-8001-000000000003', 'A', 1, 'The single plan focuses the work of the school and external support upon the same school improvement priorities identified through school self-evaluation',
     NULL),
    ('d0c5f010-2010-4000-8002-000000000302', 'd0c5f010-2010-4000-8001-000000000003', 'B', 2, 'The single plan defines the expected termly outcomes against pupil progress and is informed by all available and relevant data and termly tracking information',
     NULL),
    ('d0c5f010-2010-4000-8002-000000000303', 'd0c5f010-2010-4000-8001-000000000003', 'C', 3, 'The single plan has clearly defined success criteria and termly milestones which are reviewed and acted upon',
     NULL),
    ('d0c5f010-2010-4000-8002-000000000304', 'd0c5f010-2010-4000-8001-000000000003', 'D', 4, 'The single plan identifies clear lines of accountability and secure school systems ensure activities are carried out on time and monitored and evaluated effectively',
     NULL),
    ('d0c5f010-2010-4000-8002-000000000305', 'd0c5f010-2010-4000-8001-000000000003', 'E', 5, 'The single plan creates a sense of urgency for achieving positive impact on learning, progress and attainment',
     NULL);

INSERT INTO core_element (id, framework_id, number, title, questions) VALUES
    ('d0c5f010-2010-4000-8001-000000000004', 'd0c5f010-2010-4000-8000-000000000001', 4, 'Whole-school systematic CPD',
     ARRAY['Is whole-school planned CPD designed to improve quality first teaching?', 'How do senior leaders monitor and evaluate the impact of planned CPD and ensure the effective capture and transfer of practice across the school?']::text[]);
INSERT INTO quality_standard (id, core_element_id, code, position, title, description) VALUES
    ('d0c5f010-2010-4000-8002-000000000401', 'd0c5f010-2010-4000-8001-000000000004', 'A', 1, 'Whole-school, planned CPD is directly related to improving quality first teaching',
     NULL),
    ('d0c5f010-2010-4000-8002-000000000402', 'd0c5f010-2010-4000-8001-000000000004', 'B', 2, 'There is a clear link between schools'' priorities for improvement, CPD provision and individual performance management objectives',
     NULL),
    ('d0c5f010-2010-4000-8002-000000000403', 'd0c5f010-2010-4000-8001-000000000004', 'C', 3, 'Senior leaders ensure adequate time and resources are made available for all staff to practice, apply and learn collaboratively',
     NULL),
    ('d0c5f010-2010-4000-8002-000000000404', 'd0c5f010-2010-4000-8001-000000000004', 'D', 4, 'Senior leaders monitor and evaluate impact of planned CPD and ensure the capture and transfer of effective practice within school and across schools',
     NULL);

INSERT INTO core_element (id, framework_id, number, title, questions) VALUES
    ('d0c5f010-2010-4000-8001-000000000005', 'd0c5f010-2010-4000-8000-000000000001', 5, 'An explicit focus on improving the quality of learning and teaching',
     ARRAY['Do all class teachers make effective use of the Primary Framework to plan and teach sequences of lessons/units of work in literacy and mathematics that meet the needs and interests of children?', 'Do children have a clear understanding of what they are trying to learn and what they need to do next?']::text[]);
INSERT INTO quality_standard (id, core_element_id, code, position, title, description) VALUES
    ('d0c5f010-2010-4000-8002-000000000501', 'd0c5f010-2010-4000-8001-000000000005', 'A', 1, 'Within a broad and rich curriculum, all class teachers make effective use of the Primary Framework to plan and teach sequences of lessons/units of work in literacy and mathematics that meets the needs and interests of their children',
     NULL),
    ('d0c5f010-2010-4000-8002-000000000502', 'd0c5f010-2010-4000-8001-000000000005', 'B', 2, 'All teachers have a secure knowledge and understanding of progression across all core subjects',
     NULL),
    ('d0c5f010-2010-4000-8002-000000000503', 'd0c5f010-2010-4000-8001-000000000005', 'C', 3, 'All staff have a shared knowledge and understanding of the essential characteristics of effective learning and teaching and make use of a wide range of strategies that impact on children''s progress and attainment',
     NULL),
    ('d0c5f010-2010-4000-8002-000000000504', 'd0c5f010-2010-4000-8001-000000000005', 'D', 4, 'All children have a clear understanding of what they are trying to learn, what they need to do next and can reflect positively on their achievements',
     NULL),
    ('d0c5f010-2010-4000-8002-000000000505', 'd0c5f010-2010-4000-8001-000000000005', 'E', 5, 'Each child''s progress, what they need to do to improve and how they can be supported is shared and discussed with parents/carers each term',
     NULL);

INSERT INTO core_element (id, framework_id, number, title, questions) VALUES
    ('d0c5f010-2010-4000-8001-000000000006', 'd0c5f010-2010-4000-8000-000000000001', 6, 'Monitoring, evaluation and review, including pupil progress',
     ARRAY['How does the school''s planned monitoring and evaluation help to ensure that planned actions lead to sustainable improvements in performance?', 'How do senior leaders ensure professional accountability for progress and attainment?', 'Do outcomes from pupil progress meetings lead to specific actions to improve outcomes for children?', 'What systems are in place to ensure that key priorities for improvement are agreed by senior leaders?', 'How does the school ensure outcomes from pupil progress discussions lead to explicit actions in classrooms?', 'How does the school monitor and evaluate the quality of teaching and learning? Does this take account of the impact on pupil progress and attainment?', 'How does the school ensure professional accountability for progress and attainment through performance management systems?', 'How does the school evaluate the impact of intervention on pupil progress and attainment? What happens as a result of this?']::text[]);
INSERT INTO quality_standard (id, core_element_id, code, position, title, description) VALUES
    ('d0c5f010-2010-4000-8002-000000000601', 'd0c5f010-2010-4000-8001-000000000006', 'A', 1, 'The school''s planned monitoring and evaluation ensures the school''s planned actions lead to sustainable improvements in its identified priorities',
     'This should focus on ensuring: improvements in outcomes for all children, particularly the accelerated progress of children identified as making slow progress, stuck or falling behind; improvements in the overall quality of learning and teaching to ensure it is at least judged good or better; improvements in the curriculum provision to ensure it meets the specific needs and interests of all learners; improvements in children''s attitudes to learning and/or school.'),
    ('d0c5f010-2010-4000-8002-000000000602', 'd0c5f010-2010-4000-8001-000000000006', 'B', 2, 'Senior leaders use a range of evidence to make judgements about pupil progress and the quality of learning and teaching',
     'Overall judgements about the quality of learning and teaching, the appropriateness of the curriculum provision and children''s attitudes to learning are based on a range of evidence including progress and attainment data, outcomes from pupil progress meetings, focused observations of learning, scrutiny of children''s work and discussions with children.'),
    ('d0c5f010-2010-4000-8002-000000000603', 'd0c5f010-2010-4000-8001-000000000006', 'C', 3, 'Evaluation of the monitoring outcomes leads to the revision and refinement of actions that are recorded in the school''s single plan/RAP',
     'Following monitoring activity, senior leaders evaluate the impact against the intended impact of planned actions on pupil progress, attainment and learning. As a result planned actions are reviewed and refined and the success criteria and milestones are clearly defined within the school''s single plan/RAP.'),
    ('d0c5f010-2010-4000-8002-000000000604', 'd0c5f010-2010-4000-8001-000000000006', 'D', 4, 'Outcomes from pupil progress meetings lead to specific actions to improve outcomes for children',
     'Pupil tracking information and related evidence is used effectively in termly pupil progress meetings by senior leaders and staff to discuss individual pupil progress, to demonstrate and celebrate success and pose and answer questions relating to children identified as not making adequate progress. This then leads to specific actions to ensure the necessary improvements.'),
    ('d0c5f010-2010-4000-8002-000000000605', 'd0c5f010-2010-4000-8001-000000000006', 'E', 5, 'Senior leaders ensure professional accountability for progress and attainment',
     'Performance management procedures and pupil progress meetings are used effectively by senior leaders to set appropriate targets for improvement, discuss possible barriers and plan next steps to ensure all children make good progress to achieve or exceed their end-of-year expectations.'),
    ('d0c5f010-2010-4000-8002-000000000606', 'd0c5f010-2010-4000-8001-000000000006', 'F', 6, 'Senior leaders discuss and agree the main features that emerge from termly monitoring and evaluation activities and share outcomes and actions with all stakeholders',
     'Outcomes and actions that have come out of pupil progress meetings, scrutiny of children''s work, observations of learning and discussions with children are discussed and shared with all staff and stakeholders, including governance and the SIP each term.'),
    ('d0c5f010-2010-4000-8002-000000000607', 'd0c5f010-2010-4000-8001-000000000006', 'G', 7, 'Pupil conferencing is used to engage children in their learning and improve provision and outcomes',
     'All children are able to reflect on, control and improve their learning through effective classroom assessment for learning (AfL) practices and regular pupil conferences/ pupil progress meetings with their class teacher, particularly children identified as not making good progress. Outcomes from pupil conferences support the development of the curriculum, improvements in learning and teaching and improved behaviour or attitudes to learning and/or school that in turn supports improved outcomes for children.');
