/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.relation.model;

import nl.leefwereld.model.ModelPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see nl.leefwereld.method.relation.model.RelationFactory
 * @model kind="package"
 * @generated
 */
public interface RelationPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://leefwereld.nl/method/relation/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "relation"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RelationPackage eINSTANCE = nl.leefwereld.method.relation.model.impl.RelationPackageImpl.init();

	/**
	 * The meta object id for the '{@link nl.leefwereld.method.relation.model.impl.QuestionAnswerImpl <em>Question Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leefwereld.method.relation.model.impl.QuestionAnswerImpl
	 * @see nl.leefwereld.method.relation.model.impl.RelationPackageImpl#getQuestionAnswer()
	 * @generated
	 */
	int QUESTION_ANSWER = 0;

	/**
	 * The feature id for the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_ANSWER__QUESTION = 0;

	/**
	 * The feature id for the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_ANSWER__ANSWER = 1;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_ANSWER__EVIDENCE = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_ANSWER__REASON = 3;

	/**
	 * The number of structural features of the '<em>Question Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_ANSWER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Question Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leefwereld.method.relation.model.impl.SolutionToolImpl <em>Solution Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leefwereld.method.relation.model.impl.SolutionToolImpl
	 * @see nl.leefwereld.method.relation.model.impl.RelationPackageImpl#getSolutionTool()
	 * @generated
	 */
	int SOLUTION_TOOL = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION_TOOL__KIND = 0;

	/**
	 * The feature id for the '<em><b>Utterance</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION_TOOL__UTTERANCE = 1;

	/**
	 * The feature id for the '<em><b>Client Answer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION_TOOL__CLIENT_ANSWER = 2;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION_TOOL__SCALE = 3;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION_TOOL__TOPIC = 4;

	/**
	 * The number of structural features of the '<em>Solution Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION_TOOL_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Solution Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION_TOOL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leefwereld.method.relation.model.impl.SessionFeedbackImpl <em>Session Feedback</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leefwereld.method.relation.model.impl.SessionFeedbackImpl
	 * @see nl.leefwereld.method.relation.model.impl.RelationPackageImpl#getSessionFeedback()
	 * @generated
	 */
	int SESSION_FEEDBACK = 2;

	/**
	 * The feature id for the '<em><b>Compliment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_FEEDBACK__COMPLIMENT = 0;

	/**
	 * The feature id for the '<em><b>Bridge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_FEEDBACK__BRIDGE = 1;

	/**
	 * The feature id for the '<em><b>Task</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_FEEDBACK__TASK = 2;

	/**
	 * The feature id for the '<em><b>Task Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_FEEDBACK__TASK_KIND = 3;

	/**
	 * The number of structural features of the '<em>Session Feedback</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_FEEDBACK_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Session Feedback</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_FEEDBACK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.leefwereld.method.relation.model.impl.RelationAssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leefwereld.method.relation.model.impl.RelationAssessmentImpl
	 * @see nl.leefwereld.method.relation.model.impl.RelationPackageImpl#getRelationAssessment()
	 * @generated
	 */
	int RELATION_ASSESSMENT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_ASSESSMENT__ID = ModelPackage.ASSESSMENT__ID;

	/**
	 * The feature id for the '<em><b>Method Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_ASSESSMENT__METHOD_ID = ModelPackage.ASSESSMENT__METHOD_ID;

	/**
	 * The feature id for the '<em><b>Assessor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_ASSESSMENT__ASSESSOR = ModelPackage.ASSESSMENT__ASSESSOR;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_ASSESSMENT__CREATED = ModelPackage.ASSESSMENT__CREATED;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_ASSESSMENT__ANSWERS = ModelPackage.ASSESSMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Derived Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_ASSESSMENT__DERIVED_TYPE = ModelPackage.ASSESSMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Overridden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_ASSESSMENT__OVERRIDDEN = ModelPackage.ASSESSMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Override Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_ASSESSMENT__OVERRIDE_TYPE = ModelPackage.ASSESSMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Override Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_ASSESSMENT__OVERRIDE_REASON = ModelPackage.ASSESSMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_ASSESSMENT__TOOLS = ModelPackage.ASSESSMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Feedback</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_ASSESSMENT__FEEDBACK = ModelPackage.ASSESSMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_ASSESSMENT_FEATURE_COUNT = ModelPackage.ASSESSMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_ASSESSMENT_OPERATION_COUNT = ModelPackage.ASSESSMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.leefwereld.method.relation.model.RelationType <em>Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leefwereld.method.relation.model.RelationType
	 * @see nl.leefwereld.method.relation.model.impl.RelationPackageImpl#getRelationType()
	 * @generated
	 */
	int RELATION_TYPE = 4;

	/**
	 * The meta object id for the '{@link nl.leefwereld.method.relation.model.Answer <em>Answer</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leefwereld.method.relation.model.Answer
	 * @see nl.leefwereld.method.relation.model.impl.RelationPackageImpl#getAnswer()
	 * @generated
	 */
	int ANSWER = 5;

	/**
	 * The meta object id for the '{@link nl.leefwereld.method.relation.model.Question <em>Question</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leefwereld.method.relation.model.Question
	 * @see nl.leefwereld.method.relation.model.impl.RelationPackageImpl#getQuestion()
	 * @generated
	 */
	int QUESTION = 6;

	/**
	 * The meta object id for the '{@link nl.leefwereld.method.relation.model.ToolKind <em>Tool Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leefwereld.method.relation.model.ToolKind
	 * @see nl.leefwereld.method.relation.model.impl.RelationPackageImpl#getToolKind()
	 * @generated
	 */
	int TOOL_KIND = 7;

	/**
	 * The meta object id for the '{@link nl.leefwereld.method.relation.model.TaskKind <em>Task Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leefwereld.method.relation.model.TaskKind
	 * @see nl.leefwereld.method.relation.model.impl.RelationPackageImpl#getTaskKind()
	 * @generated
	 */
	int TASK_KIND = 8;


	/**
	 * Returns the meta object for class '{@link nl.leefwereld.method.relation.model.QuestionAnswer <em>Question Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Question Answer</em>'.
	 * @see nl.leefwereld.method.relation.model.QuestionAnswer
	 * @generated
	 */
	EClass getQuestionAnswer();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.relation.model.QuestionAnswer#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question</em>'.
	 * @see nl.leefwereld.method.relation.model.QuestionAnswer#getQuestion()
	 * @see #getQuestionAnswer()
	 * @generated
	 */
	EAttribute getQuestionAnswer_Question();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.relation.model.QuestionAnswer#getAnswer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer</em>'.
	 * @see nl.leefwereld.method.relation.model.QuestionAnswer#getAnswer()
	 * @see #getQuestionAnswer()
	 * @generated
	 */
	EAttribute getQuestionAnswer_Answer();

	/**
	 * Returns the meta object for the reference list '{@link nl.leefwereld.method.relation.model.QuestionAnswer#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence</em>'.
	 * @see nl.leefwereld.method.relation.model.QuestionAnswer#getEvidence()
	 * @see #getQuestionAnswer()
	 * @generated
	 */
	EReference getQuestionAnswer_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.relation.model.QuestionAnswer#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see nl.leefwereld.method.relation.model.QuestionAnswer#getReason()
	 * @see #getQuestionAnswer()
	 * @generated
	 */
	EAttribute getQuestionAnswer_Reason();

	/**
	 * Returns the meta object for class '{@link nl.leefwereld.method.relation.model.SolutionTool <em>Solution Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Solution Tool</em>'.
	 * @see nl.leefwereld.method.relation.model.SolutionTool
	 * @generated
	 */
	EClass getSolutionTool();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.relation.model.SolutionTool#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see nl.leefwereld.method.relation.model.SolutionTool#getKind()
	 * @see #getSolutionTool()
	 * @generated
	 */
	EAttribute getSolutionTool_Kind();

	/**
	 * Returns the meta object for the reference '{@link nl.leefwereld.method.relation.model.SolutionTool#getUtterance <em>Utterance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Utterance</em>'.
	 * @see nl.leefwereld.method.relation.model.SolutionTool#getUtterance()
	 * @see #getSolutionTool()
	 * @generated
	 */
	EReference getSolutionTool_Utterance();

	/**
	 * Returns the meta object for the reference '{@link nl.leefwereld.method.relation.model.SolutionTool#getClientAnswer <em>Client Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Client Answer</em>'.
	 * @see nl.leefwereld.method.relation.model.SolutionTool#getClientAnswer()
	 * @see #getSolutionTool()
	 * @generated
	 */
	EReference getSolutionTool_ClientAnswer();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.relation.model.SolutionTool#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see nl.leefwereld.method.relation.model.SolutionTool#getScale()
	 * @see #getSolutionTool()
	 * @generated
	 */
	EAttribute getSolutionTool_Scale();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.relation.model.SolutionTool#getTopic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic</em>'.
	 * @see nl.leefwereld.method.relation.model.SolutionTool#getTopic()
	 * @see #getSolutionTool()
	 * @generated
	 */
	EAttribute getSolutionTool_Topic();

	/**
	 * Returns the meta object for class '{@link nl.leefwereld.method.relation.model.SessionFeedback <em>Session Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Session Feedback</em>'.
	 * @see nl.leefwereld.method.relation.model.SessionFeedback
	 * @generated
	 */
	EClass getSessionFeedback();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.relation.model.SessionFeedback#getCompliment <em>Compliment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compliment</em>'.
	 * @see nl.leefwereld.method.relation.model.SessionFeedback#getCompliment()
	 * @see #getSessionFeedback()
	 * @generated
	 */
	EAttribute getSessionFeedback_Compliment();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.relation.model.SessionFeedback#getBridge <em>Bridge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bridge</em>'.
	 * @see nl.leefwereld.method.relation.model.SessionFeedback#getBridge()
	 * @see #getSessionFeedback()
	 * @generated
	 */
	EAttribute getSessionFeedback_Bridge();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.relation.model.SessionFeedback#getTask <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Task</em>'.
	 * @see nl.leefwereld.method.relation.model.SessionFeedback#getTask()
	 * @see #getSessionFeedback()
	 * @generated
	 */
	EAttribute getSessionFeedback_Task();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.relation.model.SessionFeedback#getTaskKind <em>Task Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Task Kind</em>'.
	 * @see nl.leefwereld.method.relation.model.SessionFeedback#getTaskKind()
	 * @see #getSessionFeedback()
	 * @generated
	 */
	EAttribute getSessionFeedback_TaskKind();

	/**
	 * Returns the meta object for class '{@link nl.leefwereld.method.relation.model.RelationAssessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see nl.leefwereld.method.relation.model.RelationAssessment
	 * @generated
	 */
	EClass getRelationAssessment();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leefwereld.method.relation.model.RelationAssessment#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see nl.leefwereld.method.relation.model.RelationAssessment#getAnswers()
	 * @see #getRelationAssessment()
	 * @generated
	 */
	EReference getRelationAssessment_Answers();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.relation.model.RelationAssessment#getDerivedType <em>Derived Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Derived Type</em>'.
	 * @see nl.leefwereld.method.relation.model.RelationAssessment#getDerivedType()
	 * @see #getRelationAssessment()
	 * @generated
	 */
	EAttribute getRelationAssessment_DerivedType();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.relation.model.RelationAssessment#isOverridden <em>Overridden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overridden</em>'.
	 * @see nl.leefwereld.method.relation.model.RelationAssessment#isOverridden()
	 * @see #getRelationAssessment()
	 * @generated
	 */
	EAttribute getRelationAssessment_Overridden();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.relation.model.RelationAssessment#getOverrideType <em>Override Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Override Type</em>'.
	 * @see nl.leefwereld.method.relation.model.RelationAssessment#getOverrideType()
	 * @see #getRelationAssessment()
	 * @generated
	 */
	EAttribute getRelationAssessment_OverrideType();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.relation.model.RelationAssessment#getOverrideReason <em>Override Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Override Reason</em>'.
	 * @see nl.leefwereld.method.relation.model.RelationAssessment#getOverrideReason()
	 * @see #getRelationAssessment()
	 * @generated
	 */
	EAttribute getRelationAssessment_OverrideReason();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.leefwereld.method.relation.model.RelationAssessment#getTools <em>Tools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tools</em>'.
	 * @see nl.leefwereld.method.relation.model.RelationAssessment#getTools()
	 * @see #getRelationAssessment()
	 * @generated
	 */
	EReference getRelationAssessment_Tools();

	/**
	 * Returns the meta object for the containment reference '{@link nl.leefwereld.method.relation.model.RelationAssessment#getFeedback <em>Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Feedback</em>'.
	 * @see nl.leefwereld.method.relation.model.RelationAssessment#getFeedback()
	 * @see #getRelationAssessment()
	 * @generated
	 */
	EReference getRelationAssessment_Feedback();

	/**
	 * Returns the meta object for enum '{@link nl.leefwereld.method.relation.model.RelationType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Type</em>'.
	 * @see nl.leefwereld.method.relation.model.RelationType
	 * @generated
	 */
	EEnum getRelationType();

	/**
	 * Returns the meta object for enum '{@link nl.leefwereld.method.relation.model.Answer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Answer</em>'.
	 * @see nl.leefwereld.method.relation.model.Answer
	 * @generated
	 */
	EEnum getAnswer();

	/**
	 * Returns the meta object for enum '{@link nl.leefwereld.method.relation.model.Question <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Question</em>'.
	 * @see nl.leefwereld.method.relation.model.Question
	 * @generated
	 */
	EEnum getQuestion();

	/**
	 * Returns the meta object for enum '{@link nl.leefwereld.method.relation.model.ToolKind <em>Tool Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tool Kind</em>'.
	 * @see nl.leefwereld.method.relation.model.ToolKind
	 * @generated
	 */
	EEnum getToolKind();

	/**
	 * Returns the meta object for enum '{@link nl.leefwereld.method.relation.model.TaskKind <em>Task Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task Kind</em>'.
	 * @see nl.leefwereld.method.relation.model.TaskKind
	 * @generated
	 */
	EEnum getTaskKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RelationFactory getRelationFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link nl.leefwereld.method.relation.model.impl.QuestionAnswerImpl <em>Question Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leefwereld.method.relation.model.impl.QuestionAnswerImpl
		 * @see nl.leefwereld.method.relation.model.impl.RelationPackageImpl#getQuestionAnswer()
		 * @generated
		 */
		EClass QUESTION_ANSWER = eINSTANCE.getQuestionAnswer();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION_ANSWER__QUESTION = eINSTANCE.getQuestionAnswer_Question();

		/**
		 * The meta object literal for the '<em><b>Answer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION_ANSWER__ANSWER = eINSTANCE.getQuestionAnswer_Answer();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUESTION_ANSWER__EVIDENCE = eINSTANCE.getQuestionAnswer_Evidence();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION_ANSWER__REASON = eINSTANCE.getQuestionAnswer_Reason();

		/**
		 * The meta object literal for the '{@link nl.leefwereld.method.relation.model.impl.SolutionToolImpl <em>Solution Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leefwereld.method.relation.model.impl.SolutionToolImpl
		 * @see nl.leefwereld.method.relation.model.impl.RelationPackageImpl#getSolutionTool()
		 * @generated
		 */
		EClass SOLUTION_TOOL = eINSTANCE.getSolutionTool();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLUTION_TOOL__KIND = eINSTANCE.getSolutionTool_Kind();

		/**
		 * The meta object literal for the '<em><b>Utterance</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLUTION_TOOL__UTTERANCE = eINSTANCE.getSolutionTool_Utterance();

		/**
		 * The meta object literal for the '<em><b>Client Answer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLUTION_TOOL__CLIENT_ANSWER = eINSTANCE.getSolutionTool_ClientAnswer();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLUTION_TOOL__SCALE = eINSTANCE.getSolutionTool_Scale();

		/**
		 * The meta object literal for the '<em><b>Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLUTION_TOOL__TOPIC = eINSTANCE.getSolutionTool_Topic();

		/**
		 * The meta object literal for the '{@link nl.leefwereld.method.relation.model.impl.SessionFeedbackImpl <em>Session Feedback</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leefwereld.method.relation.model.impl.SessionFeedbackImpl
		 * @see nl.leefwereld.method.relation.model.impl.RelationPackageImpl#getSessionFeedback()
		 * @generated
		 */
		EClass SESSION_FEEDBACK = eINSTANCE.getSessionFeedback();

		/**
		 * The meta object literal for the '<em><b>Compliment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_FEEDBACK__COMPLIMENT = eINSTANCE.getSessionFeedback_Compliment();

		/**
		 * The meta object literal for the '<em><b>Bridge</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_FEEDBACK__BRIDGE = eINSTANCE.getSessionFeedback_Bridge();

		/**
		 * The meta object literal for the '<em><b>Task</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_FEEDBACK__TASK = eINSTANCE.getSessionFeedback_Task();

		/**
		 * The meta object literal for the '<em><b>Task Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION_FEEDBACK__TASK_KIND = eINSTANCE.getSessionFeedback_TaskKind();

		/**
		 * The meta object literal for the '{@link nl.leefwereld.method.relation.model.impl.RelationAssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leefwereld.method.relation.model.impl.RelationAssessmentImpl
		 * @see nl.leefwereld.method.relation.model.impl.RelationPackageImpl#getRelationAssessment()
		 * @generated
		 */
		EClass RELATION_ASSESSMENT = eINSTANCE.getRelationAssessment();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATION_ASSESSMENT__ANSWERS = eINSTANCE.getRelationAssessment_Answers();

		/**
		 * The meta object literal for the '<em><b>Derived Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION_ASSESSMENT__DERIVED_TYPE = eINSTANCE.getRelationAssessment_DerivedType();

		/**
		 * The meta object literal for the '<em><b>Overridden</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION_ASSESSMENT__OVERRIDDEN = eINSTANCE.getRelationAssessment_Overridden();

		/**
		 * The meta object literal for the '<em><b>Override Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION_ASSESSMENT__OVERRIDE_TYPE = eINSTANCE.getRelationAssessment_OverrideType();

		/**
		 * The meta object literal for the '<em><b>Override Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATION_ASSESSMENT__OVERRIDE_REASON = eINSTANCE.getRelationAssessment_OverrideReason();

		/**
		 * The meta object literal for the '<em><b>Tools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATION_ASSESSMENT__TOOLS = eINSTANCE.getRelationAssessment_Tools();

		/**
		 * The meta object literal for the '<em><b>Feedback</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATION_ASSESSMENT__FEEDBACK = eINSTANCE.getRelationAssessment_Feedback();

		/**
		 * The meta object literal for the '{@link nl.leefwereld.method.relation.model.RelationType <em>Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leefwereld.method.relation.model.RelationType
		 * @see nl.leefwereld.method.relation.model.impl.RelationPackageImpl#getRelationType()
		 * @generated
		 */
		EEnum RELATION_TYPE = eINSTANCE.getRelationType();

		/**
		 * The meta object literal for the '{@link nl.leefwereld.method.relation.model.Answer <em>Answer</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leefwereld.method.relation.model.Answer
		 * @see nl.leefwereld.method.relation.model.impl.RelationPackageImpl#getAnswer()
		 * @generated
		 */
		EEnum ANSWER = eINSTANCE.getAnswer();

		/**
		 * The meta object literal for the '{@link nl.leefwereld.method.relation.model.Question <em>Question</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leefwereld.method.relation.model.Question
		 * @see nl.leefwereld.method.relation.model.impl.RelationPackageImpl#getQuestion()
		 * @generated
		 */
		EEnum QUESTION = eINSTANCE.getQuestion();

		/**
		 * The meta object literal for the '{@link nl.leefwereld.method.relation.model.ToolKind <em>Tool Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leefwereld.method.relation.model.ToolKind
		 * @see nl.leefwereld.method.relation.model.impl.RelationPackageImpl#getToolKind()
		 * @generated
		 */
		EEnum TOOL_KIND = eINSTANCE.getToolKind();

		/**
		 * The meta object literal for the '{@link nl.leefwereld.method.relation.model.TaskKind <em>Task Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leefwereld.method.relation.model.TaskKind
		 * @see nl.leefwereld.method.relation.model.impl.RelationPackageImpl#getTaskKind()
		 * @generated
		 */
		EEnum TASK_KIND = eINSTANCE.getTaskKind();

	}

} //RelationPackage
