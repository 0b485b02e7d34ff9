/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.relation.model.impl;

import nl.leefwereld.method.relation.model.Answer;
import nl.leefwereld.method.relation.model.Question;
import nl.leefwereld.method.relation.model.QuestionAnswer;
import nl.leefwereld.method.relation.model.RelationAssessment;
import nl.leefwereld.method.relation.model.RelationFactory;
import nl.leefwereld.method.relation.model.RelationPackage;
import nl.leefwereld.method.relation.model.RelationType;
import nl.leefwereld.method.relation.model.SessionFeedback;
import nl.leefwereld.method.relation.model.SolutionTool;
import nl.leefwereld.method.relation.model.TaskKind;
import nl.leefwereld.method.relation.model.ToolKind;

import nl.leefwereld.model.ModelPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RelationPackageImpl extends EPackageImpl implements RelationPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass questionAnswerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass solutionToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sessionFeedbackEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass relationAssessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relationTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum answerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum questionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum toolKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum taskKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see nl.leefwereld.method.relation.model.RelationPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private RelationPackageImpl() {
		super(eNS_URI, RelationFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link RelationPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static RelationPackage init() {
		if (isInited) return (RelationPackage)EPackage.Registry.INSTANCE.getEPackage(RelationPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredRelationPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		RelationPackageImpl theRelationPackage = registeredRelationPackage instanceof RelationPackageImpl ? (RelationPackageImpl)registeredRelationPackage : new RelationPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();
		ModelPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theRelationPackage.createPackageContents();

		// Initialize created meta-data
		theRelationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theRelationPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(RelationPackage.eNS_URI, theRelationPackage);
		return theRelationPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuestionAnswer() {
		return questionAnswerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuestionAnswer_Question() {
		return (EAttribute)questionAnswerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuestionAnswer_Answer() {
		return (EAttribute)questionAnswerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuestionAnswer_Evidence() {
		return (EReference)questionAnswerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuestionAnswer_Reason() {
		return (EAttribute)questionAnswerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSolutionTool() {
		return solutionToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSolutionTool_Kind() {
		return (EAttribute)solutionToolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSolutionTool_Utterance() {
		return (EReference)solutionToolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSolutionTool_ClientAnswer() {
		return (EReference)solutionToolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSolutionTool_Scale() {
		return (EAttribute)solutionToolEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSolutionTool_Topic() {
		return (EAttribute)solutionToolEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSessionFeedback() {
		return sessionFeedbackEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionFeedback_Compliment() {
		return (EAttribute)sessionFeedbackEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionFeedback_Bridge() {
		return (EAttribute)sessionFeedbackEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionFeedback_Task() {
		return (EAttribute)sessionFeedbackEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSessionFeedback_TaskKind() {
		return (EAttribute)sessionFeedbackEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRelationAssessment() {
		return relationAssessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationAssessment_Answers() {
		return (EReference)relationAssessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationAssessment_DerivedType() {
		return (EAttribute)relationAssessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationAssessment_Overridden() {
		return (EAttribute)relationAssessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationAssessment_OverrideType() {
		return (EAttribute)relationAssessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationAssessment_OverrideReason() {
		return (EAttribute)relationAssessmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationAssessment_Tools() {
		return (EReference)relationAssessmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationAssessment_Feedback() {
		return (EReference)relationAssessmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelationType() {
		return relationTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAnswer() {
		return answerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQuestion() {
		return questionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getToolKind() {
		return toolKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTaskKind() {
		return taskKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationFactory getRelationFactory() {
		return (RelationFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		questionAnswerEClass = createEClass(QUESTION_ANSWER);
		createEAttribute(questionAnswerEClass, QUESTION_ANSWER__QUESTION);
		createEAttribute(questionAnswerEClass, QUESTION_ANSWER__ANSWER);
		createEReference(questionAnswerEClass, QUESTION_ANSWER__EVIDENCE);
		createEAttribute(questionAnswerEClass, QUESTION_ANSWER__REASON);

		solutionToolEClass = createEClass(SOLUTION_TOOL);
		createEAttribute(solutionToolEClass, SOLUTION_TOOL__KIND);
		createEReference(solutionToolEClass, SOLUTION_TOOL__UTTERANCE);
		createEReference(solutionToolEClass, SOLUTION_TOOL__CLIENT_ANSWER);
		createEAttribute(solutionToolEClass, SOLUTION_TOOL__SCALE);
		createEAttribute(solutionToolEClass, SOLUTION_TOOL__TOPIC);

		sessionFeedbackEClass = createEClass(SESSION_FEEDBACK);
		createEAttribute(sessionFeedbackEClass, SESSION_FEEDBACK__COMPLIMENT);
		createEAttribute(sessionFeedbackEClass, SESSION_FEEDBACK__BRIDGE);
		createEAttribute(sessionFeedbackEClass, SESSION_FEEDBACK__TASK);
		createEAttribute(sessionFeedbackEClass, SESSION_FEEDBACK__TASK_KIND);

		relationAssessmentEClass = createEClass(RELATION_ASSESSMENT);
		createEReference(relationAssessmentEClass, RELATION_ASSESSMENT__ANSWERS);
		createEAttribute(relationAssessmentEClass, RELATION_ASSESSMENT__DERIVED_TYPE);
		createEAttribute(relationAssessmentEClass, RELATION_ASSESSMENT__OVERRIDDEN);
		createEAttribute(relationAssessmentEClass, RELATION_ASSESSMENT__OVERRIDE_TYPE);
		createEAttribute(relationAssessmentEClass, RELATION_ASSESSMENT__OVERRIDE_REASON);
		createEReference(relationAssessmentEClass, RELATION_ASSESSMENT__TOOLS);
		createEReference(relationAssessmentEClass, RELATION_ASSESSMENT__FEEDBACK);

		// Create enums
		relationTypeEEnum = createEEnum(RELATION_TYPE);
		answerEEnum = createEEnum(ANSWER);
		questionEEnum = createEEnum(QUESTION);
		toolKindEEnum = createEEnum(TOOL_KIND);
		taskKindEEnum = createEEnum(TASK_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		ModelPackage theModelPackage = (ModelPackage)EPackage.Registry.INSTANCE.getEPackage(ModelPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		relationAssessmentEClass.getESuperTypes().add(theModelPackage.getAssessment());

		// Initialize classes, features, and operations; add parameters
		initEClass(questionAnswerEClass, QuestionAnswer.class, "QuestionAnswer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getQuestionAnswer_Question(), this.getQuestion(), "question", null, 0, 1, QuestionAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getQuestionAnswer_Answer(), this.getAnswer(), "answer", null, 0, 1, QuestionAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getQuestionAnswer_Evidence(), theModelPackage.getUtterance(), null, "evidence", null, 0, -1, QuestionAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getQuestionAnswer_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, QuestionAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(solutionToolEClass, SolutionTool.class, "SolutionTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getSolutionTool_Kind(), this.getToolKind(), "kind", null, 0, 1, SolutionTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getSolutionTool_Utterance(), theModelPackage.getUtterance(), null, "utterance", null, 0, 1, SolutionTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getSolutionTool_ClientAnswer(), theModelPackage.getUtterance(), null, "clientAnswer", null, 0, 1, SolutionTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSolutionTool_Scale(), ecorePackage.getEIntegerObject(), "scale", null, 0, 1, SolutionTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSolutionTool_Topic(), ecorePackage.getEString(), "topic", null, 0, 1, SolutionTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(sessionFeedbackEClass, SessionFeedback.class, "SessionFeedback", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getSessionFeedback_Compliment(), ecorePackage.getEString(), "compliment", null, 0, 1, SessionFeedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSessionFeedback_Bridge(), ecorePackage.getEString(), "bridge", null, 0, 1, SessionFeedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSessionFeedback_Task(), ecorePackage.getEString(), "task", null, 0, 1, SessionFeedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSessionFeedback_TaskKind(), this.getTaskKind(), "taskKind", null, 0, 1, SessionFeedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(relationAssessmentEClass, RelationAssessment.class, "RelationAssessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getRelationAssessment_Answers(), this.getQuestionAnswer(), null, "answers", null, 0, -1, RelationAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRelationAssessment_DerivedType(), this.getRelationType(), "derivedType", null, 0, 1, RelationAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRelationAssessment_Overridden(), ecorePackage.getEBoolean(), "overridden", null, 0, 1, RelationAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRelationAssessment_OverrideType(), this.getRelationType(), "overrideType", null, 0, 1, RelationAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRelationAssessment_OverrideReason(), ecorePackage.getEString(), "overrideReason", null, 0, 1, RelationAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRelationAssessment_Tools(), this.getSolutionTool(), null, "tools", null, 0, -1, RelationAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRelationAssessment_Feedback(), this.getSessionFeedback(), null, "feedback", null, 0, 1, RelationAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(relationTypeEEnum, RelationType.class, "RelationType"); //$NON-NLS-1$
		addEEnumLiteral(relationTypeEEnum, RelationType.VISITOR);
		addEEnumLiteral(relationTypeEEnum, RelationType.COMPLAINANT);
		addEEnumLiteral(relationTypeEEnum, RelationType.CUSTOMER);

		initEEnum(answerEEnum, Answer.class, "Answer"); //$NON-NLS-1$
		addEEnumLiteral(answerEEnum, Answer.YES);
		addEEnumLiteral(answerEEnum, Answer.MAYBE);
		addEEnumLiteral(answerEEnum, Answer.NO);

		initEEnum(questionEEnum, Question.class, "Question"); //$NON-NLS-1$
		addEEnumLiteral(questionEEnum, Question.PROBLEM);
		addEEnumLiteral(questionEEnum, Question.HELP_REQUEST);
		addEEnumLiteral(questionEEnum, Question.SHARE_IN_SOLUTION);

		initEEnum(toolKindEEnum, ToolKind.class, "ToolKind"); //$NON-NLS-1$
		addEEnumLiteral(toolKindEEnum, ToolKind.SCALING_QUESTION);
		addEEnumLiteral(toolKindEEnum, ToolKind.EXCEPTION_QUESTION);
		addEEnumLiteral(toolKindEEnum, ToolKind.MIRACLE_QUESTION);
		addEEnumLiteral(toolKindEEnum, ToolKind.COPING_QUESTION);
		addEEnumLiteral(toolKindEEnum, ToolKind.COMPLIMENT);

		initEEnum(taskKindEEnum, TaskKind.class, "TaskKind"); //$NON-NLS-1$
		addEEnumLiteral(taskKindEEnum, TaskKind.NONE);
		addEEnumLiteral(taskKindEEnum, TaskKind.OBSERVATION);
		addEEnumLiteral(taskKindEEnum, TaskKind.ACTION);

		// Create resource
		createResource(eNS_URI);
	}

} //RelationPackageImpl
