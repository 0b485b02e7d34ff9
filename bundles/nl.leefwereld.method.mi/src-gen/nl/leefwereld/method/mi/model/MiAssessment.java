/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.mi.model;

import nl.leefwereld.model.Assessment;
import nl.leefwereld.model.Utterance;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.method.mi.model.MiAssessment#getCultivatingChangeTalk <em>Cultivating Change Talk</em>}</li>
 *   <li>{@link nl.leefwereld.method.mi.model.MiAssessment#getSofteningSustainTalk <em>Softening Sustain Talk</em>}</li>
 *   <li>{@link nl.leefwereld.method.mi.model.MiAssessment#getPartnership <em>Partnership</em>}</li>
 *   <li>{@link nl.leefwereld.method.mi.model.MiAssessment#getEmpathy <em>Empathy</em>}</li>
 *   <li>{@link nl.leefwereld.method.mi.model.MiAssessment#getChangeGoal <em>Change Goal</em>}</li>
 *   <li>{@link nl.leefwereld.method.mi.model.MiAssessment#getSegmentStart <em>Segment Start</em>}</li>
 *   <li>{@link nl.leefwereld.method.mi.model.MiAssessment#getSegmentEnd <em>Segment End</em>}</li>
 *   <li>{@link nl.leefwereld.method.mi.model.MiAssessment#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.method.mi.model.MiPackage#getMiAssessment()
 * @model
 * @generated
 */
public interface MiAssessment extends Assessment {
	/**
	 * Returns the value of the '<em><b>Cultivating Change Talk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cultivating Change Talk</em>' attribute.
	 * @see #setCultivatingChangeTalk(int)
	 * @see nl.leefwereld.method.mi.model.MiPackage#getMiAssessment_CultivatingChangeTalk()
	 * @model
	 * @generated
	 */
	int getCultivatingChangeTalk();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.mi.model.MiAssessment#getCultivatingChangeTalk <em>Cultivating Change Talk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cultivating Change Talk</em>' attribute.
	 * @see #getCultivatingChangeTalk()
	 * @generated
	 */
	void setCultivatingChangeTalk(int value);

	/**
	 * Returns the value of the '<em><b>Softening Sustain Talk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Softening Sustain Talk</em>' attribute.
	 * @see #setSofteningSustainTalk(int)
	 * @see nl.leefwereld.method.mi.model.MiPackage#getMiAssessment_SofteningSustainTalk()
	 * @model
	 * @generated
	 */
	int getSofteningSustainTalk();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.mi.model.MiAssessment#getSofteningSustainTalk <em>Softening Sustain Talk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Softening Sustain Talk</em>' attribute.
	 * @see #getSofteningSustainTalk()
	 * @generated
	 */
	void setSofteningSustainTalk(int value);

	/**
	 * Returns the value of the '<em><b>Partnership</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partnership</em>' attribute.
	 * @see #setPartnership(int)
	 * @see nl.leefwereld.method.mi.model.MiPackage#getMiAssessment_Partnership()
	 * @model
	 * @generated
	 */
	int getPartnership();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.mi.model.MiAssessment#getPartnership <em>Partnership</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partnership</em>' attribute.
	 * @see #getPartnership()
	 * @generated
	 */
	void setPartnership(int value);

	/**
	 * Returns the value of the '<em><b>Empathy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Empathy</em>' attribute.
	 * @see #setEmpathy(int)
	 * @see nl.leefwereld.method.mi.model.MiPackage#getMiAssessment_Empathy()
	 * @model
	 * @generated
	 */
	int getEmpathy();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.mi.model.MiAssessment#getEmpathy <em>Empathy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Empathy</em>' attribute.
	 * @see #getEmpathy()
	 * @generated
	 */
	void setEmpathy(int value);

	/**
	 * Returns the value of the '<em><b>Change Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Change Goal</em>' attribute.
	 * @see #setChangeGoal(String)
	 * @see nl.leefwereld.method.mi.model.MiPackage#getMiAssessment_ChangeGoal()
	 * @model
	 * @generated
	 */
	String getChangeGoal();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.mi.model.MiAssessment#getChangeGoal <em>Change Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Change Goal</em>' attribute.
	 * @see #getChangeGoal()
	 * @generated
	 */
	void setChangeGoal(String value);

	/**
	 * Returns the value of the '<em><b>Segment Start</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segment Start</em>' reference.
	 * @see #setSegmentStart(Utterance)
	 * @see nl.leefwereld.method.mi.model.MiPackage#getMiAssessment_SegmentStart()
	 * @model
	 * @generated
	 */
	Utterance getSegmentStart();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.mi.model.MiAssessment#getSegmentStart <em>Segment Start</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment Start</em>' reference.
	 * @see #getSegmentStart()
	 * @generated
	 */
	void setSegmentStart(Utterance value);

	/**
	 * Returns the value of the '<em><b>Segment End</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segment End</em>' reference.
	 * @see #setSegmentEnd(Utterance)
	 * @see nl.leefwereld.method.mi.model.MiPackage#getMiAssessment_SegmentEnd()
	 * @model
	 * @generated
	 */
	Utterance getSegmentEnd();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.mi.model.MiAssessment#getSegmentEnd <em>Segment End</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment End</em>' reference.
	 * @see #getSegmentEnd()
	 * @generated
	 */
	void setSegmentEnd(Utterance value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see nl.leefwereld.method.mi.model.MiPackage#getMiAssessment_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.mi.model.MiAssessment#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // MiAssessment
